package org.bimtek.events.internal.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.bimtek.api.audit.AuditLog;
import org.bimtek.events.internal.event.EventInput;
import org.bimtek.events.internal.event.Events;
import org.bimtek.events.internal.event.Wita;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Demo mode ({@code BIMTEK_DEMO=1} or {@code -Dbimtek.demo=true}, as the registry decides it): on an empty events
 * table, one upcoming event a week from now, through the same rules as an administrator's.
 */
@Component(immediate = true)
public final class EventsDemo {

    private static final Logger LOG = LoggerFactory.getLogger(EventsDemo.class);
    public static final String TITLE = "Bimtek Penulisan Berita untuk Admin Kelurahan";

    @Activate
    public EventsDemo(@Reference Events events) {
        if (!isDemoMode()) {
            return;
        }
        if (events.none()) {
            events.create(demoEvent(events.clock().instant()), AuditLog.SYSTEM);
            LOG.info("Demo event created: {}", TITLE);
        }
    }

    /** A week from today, 09.00-15.00 WITA; enrolment open from now until the day before ends. */
    static EventInput demoEvent(Instant now) {
        LocalDate day = Wita.today(now).plusDays(7);
        Instant starts = day.atTime(LocalTime.of(9, 0)).atZone(Wita.ZONE).toInstant();
        Instant ends = day.atTime(LocalTime.of(15, 0)).atZone(Wita.ZONE).toInstant();
        Instant closes = day.atStartOfDay(Wita.ZONE).toInstant();
        return new EventInput(TITLE, "Bimbingan teknis tatap muka bagi admin media sosial kelurahan: menulis berita kegiatan dengan 5W+1H "
                + "dan piramida terbalik, menyusun judul dan keterangan foto, lalu praktik langsung dengan kegiatan kelurahan masing-masing. "
                + "Bawa ponsel yang biasa dipakai untuk mengelola akun resmi.", List.of("penulisan-berita-dasar"), starts.toString(),
                ends.toString(), "Aula Diskominfo Kota Samarinda", null, 30, Map.of("KELURAHAN", 2), now.toString(), closes.toString(), false);
    }

    static boolean isDemoMode() {
        return "1".equals(System.getenv("BIMTEK_DEMO")) || Boolean.getBoolean("bimtek.demo");
    }
}
