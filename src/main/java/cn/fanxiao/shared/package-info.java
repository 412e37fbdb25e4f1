/**
 * Shared kernel: the error types every module throws and their RFC 9457 mapping.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package cn.fanxiao.shared;
