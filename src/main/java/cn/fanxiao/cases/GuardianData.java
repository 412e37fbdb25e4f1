package cn.fanxiao.cases;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record GuardianData(
        @NotBlank(message = "请填写与学生关系") @Size(max = 20) String relation,
        @NotBlank(message = "请填写监护人姓名") @Size(max = 50, message = "姓名过长") String name,
        @Size(max = 18) String residentIdNumber,
        @Pattern(regexp = "^$|^[0-9+\\- ]{7,20}$", message = "电话号码格式不正确") String phone,
        @Size(max = 200) String address,
        @Size(max = 200) String whereabouts,
        boolean worksInOtherProvince) {
}
