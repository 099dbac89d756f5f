package com.nexuscrm.ui.leads;

import java.util.UUID;

/** One entry of the owner filter: anyone, nobody, me, or a named user. */
public record OwnerChoice(Kind kind, UUID userId, String label) {
    /** What the choice matches. */
    public enum Kind { ANY, UNASSIGNED, ME, USER }

    public static final OwnerChoice ANY = new OwnerChoice(Kind.ANY, null, "Any owner");
    public static final OwnerChoice UNASSIGNED = new OwnerChoice(Kind.UNASSIGNED, null, "Unassigned");
    public static final OwnerChoice ME = new OwnerChoice(Kind.ME, null, "Me");

    public boolean matches(UUID owner, UUID me) {
        return switch (kind) {
            case ANY -> true;
            case UNASSIGNED -> owner == null;
            case ME -> owner != null && owner.equals(me);
            case USER -> owner != null && owner.equals(userId);
        };
    }

    @Override
    public String toString() {
        return label;
    }
}
