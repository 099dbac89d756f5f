package com.nexuscrm.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.UUID;

/** A person using the CRM: rep, manager or admin. SLA clocks use its time zone and working hours. */
@Entity
@Table(name = "app_user")
public class User extends SyncedRecord {
    private String displayName;
    private String email;
    @Enumerated(EnumType.STRING) private Role role;
    private String segment;
    private boolean available;
    private String timeZone;
    private int workdayStart;
    private int workdayEnd;

    public User() { }

    public User(UUID id) { super(id); }

    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public Role getRole() { return role; }
    public void setRole(Role role) { this.role = role; }
    public String getSegment() { return segment; }
    public void setSegment(String segment) { this.segment = segment; }
    public boolean isAvailable() { return available; }
    public void setAvailable(boolean available) { this.available = available; }
    public String getTimeZone() { return timeZone; }
    public void setTimeZone(String timeZone) { this.timeZone = timeZone; }
    public int getWorkdayStart() { return workdayStart; }
    public void setWorkdayStart(int workdayStart) { this.workdayStart = workdayStart; }
    public int getWorkdayEnd() { return workdayEnd; }
    public void setWorkdayEnd(int workdayEnd) { this.workdayEnd = workdayEnd; }
}
