package org.bimtek.api.events;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/** Attendance at bimtek events, recorded at check-in; kept when an event's bundle goes. */
@ProviderType
public interface Attendance {

    /** The events the trainee was checked in at, newest first. */
    List<AttendedEvent> attended(long userId);
}
