package cn.fanxiao.deadlines.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.fanxiao.accounts.CurrentUsers;
import cn.fanxiao.deadlines.HolidayCalendars;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/calendars")
@Tag(name = "期限", description = "法定期间计算与节假日安排")
class CalendarController {

    private final HolidayCalendars calendars;
    private final CurrentUsers users;

    CalendarController(HolidayCalendars calendars, CurrentUsers users) {
        this.calendars = calendars;
        this.users = users;
    }

    @PostMapping
    @Operation(summary = "载入某年节假日安排（全国：管理员；本县地方节日：县教育局法制人员），重算受影响的期限并调整定时器")
    HolidayCalendars.Loaded load(@RequestBody HolidayCalendars.Upload upload) {
        return calendars.load(upload, users.current());
    }

    @GetMapping("/{year}")
    @Operation(summary = "某年已载入的放假和调休日期")
    List<HolidayCalendars.Day> days(@PathVariable int year, @RequestParam(required = false) String jurisdiction) {
        return calendars.days(year, jurisdiction);
    }
}
