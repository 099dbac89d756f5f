package com.nexuscrm.domain.routing;

import java.util.Optional;

/**
 * Which segment a lead belongs to, from its company's employee count. The names are the ones users
 * and teams carry in {@code segment} (the sample workspace uses the same bands), and the SDR team's
 * segment is {@link #QUEUE}.
 */
public final class Segments {
    public static final String SMB = "SMB";
    public static final String MID_MARKET = "Mid-Market";
    public static final String ENTERPRISE = "Enterprise";
    /** The segment of the SDR team that works the queue. */
    public static final String QUEUE = "Inbound";
    public static final int MID_MARKET_FROM = 200;
    public static final int ENTERPRISE_FROM = 2_000;

    private Segments() { }

    /** SMB below 200 employees, Mid-Market below 2,000, Enterprise from 2,000; empty when unknown. */
    public static Optional<String> of(Integer employees) {
        if (employees == null || employees < 0) {
            return Optional.empty();
        }
        return Optional.of(employees < MID_MARKET_FROM ? SMB : employees < ENTERPRISE_FROM ? MID_MARKET : ENTERPRISE);
    }
}
