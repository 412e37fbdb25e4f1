package cn.fanxiao.cases;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record ClosureRequest(
        @NotNull(message = "请选择结案原因") ClosureReason reason,
        @Size(max = 500) String note) {
}
