package cn.fanxiao.cases;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record ResponsiblePersonData(
        @NotNull(message = "请选择包保线") ResponsibleLine line,
        @NotBlank(message = "请填写包保责任人姓名") @Size(max = 50) String name,
        @Size(max = 50) String position,
        @Size(max = 20) String phone,
        @Size(max = 50) String username) {
}
