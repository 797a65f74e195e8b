package org.bimtek.events.internal.ladder;

import java.time.Instant;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.bimtek.api.certification.Evaluation;
import org.bimtek.api.certification.Evidence;
import org.bimtek.api.certification.RequirementType;
import org.bimtek.api.course.CourseCatalog;
import org.bimtek.api.events.Attendance;
import org.bimtek.api.events.AttendedEvent;
import org.bimtek.events.internal.enrol.Enrolment;
import org.bimtek.events.internal.enrol.EnrolmentState;
import org.bimtek.events.internal.enrol.Enrolments;
import org.bimtek.events.internal.event.Event;
import org.bimtek.events.internal.event.Events;
import org.bimtek.events.internal.event.Wita;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * {@code event-attended course=<course id>}: the ladder's "attended a bimtek event for this course", met by a
 * check-in at an event whose related courses include it. Registered by this bundle, so the ladder can require it
 * without any change to certification.
 */
@Component(property = RequirementType.TYPE_PROPERTY + "=" + EventAttendedRequirement.NAME)
public final class EventAttendedRequirement implements RequirementType {

    public static final String NAME = "event-attended";
    private static final Pattern COURSE_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    private final Attendance attendance;
    private final Events events;
    private final Enrolments enrolments;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile CourseCatalog courses;

    @Activate
    public EventAttendedRequirement(@Reference Attendance attendance, @Reference Events events, @Reference Enrolments enrolments) {
        this.attendance = attendance;
        this.events = events;
        this.enrolments = enrolments;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<String> check(Map<String, String> parameters) {
        String course = parameters.get("course");
        if (course == null) {
            return Optional.of("parameter course=<id kursus> wajib");
        }
        return COURSE_ID.matcher(course).matches() ? Optional.empty() : Optional.of("course harus id kursus, misalnya penulisan-berita-dasar");
    }

    @Override
    public Evaluation evaluate(long userId, Map<String, String> parameters, Locale locale) {
        String courseId = parameters.get("course");
        boolean en = locale != null && "en".equals(locale.getLanguage());
        String label = (en ? "Attended a bimtek event for " : "Menghadiri acara bimtek untuk kursus ") + courseTitle(courseId, locale);
        Optional<AttendedEvent> attended = attendance.attended(userId).stream().filter(a -> a.courseIds().contains(courseId))
                .max(Comparator.comparing(AttendedEvent::checkedInAt));
        if (attended.isPresent()) {
            AttendedEvent a = attended.get();
            return Evaluation.met(label, "/acara/" + a.eventId(), new Evidence("event", Long.toString(a.eventId()), a.title(), null,
                    a.checkedInAt()));
        }
        return Evaluation.missing(label, upcoming(userId, courseId, en), "/acara");
    }

    /** What is missing, naming the event the trainee already holds a seat at, when there is one. */
    private String upcoming(long userId, String courseId, boolean en) {
        Instant now = events.clock().instant();
        for (Enrolment e : enrolments.ofUser(userId)) {
            if (e.state() != EnrolmentState.ENROLLED) {
                continue;
            }
            Optional<Event> event = events.find(e.eventId()).filter(ev -> ev.courseIds().contains(courseId) && !ev.over(now));
            if (event.isPresent()) {
                return (en ? "Registered for " : "Terdaftar di ") + event.get().title() + ", " + Wita.date(event.get().startsAt())
                        + (en ? "; attendance is recorded at check-in" : "; kehadiran dicatat saat check-in");
            }
        }
        return en ? "No attendance recorded yet" : "Belum ada kehadiran tercatat";
    }

    private String courseTitle(String courseId, Locale locale) {
        CourseCatalog catalog = courses;
        return catalog == null ? courseId : catalog.course(courseId).map(c -> c.title().in(locale)).orElse(courseId);
    }

    void courses(CourseCatalog catalog) {
        this.courses = catalog;
    }
}
