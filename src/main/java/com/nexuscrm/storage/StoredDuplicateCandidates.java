package com.nexuscrm.storage;

import com.nexuscrm.domain.DuplicateCandidates;
import com.nexuscrm.domain.DuplicateRules;
import com.nexuscrm.domain.RecordRef;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** {@link DuplicateCandidates} as HQL projections: only the compared columns are read, never whole entities. */
public final class StoredDuplicateCandidates implements DuplicateCandidates {
    private final WorkspaceStore store;

    public StoredDuplicateCandidates(WorkspaceStore store) {
        this.store = store;
    }

    @Override
    public List<DuplicateRules.Person> people(RecordRef.Kind kind) {
        return people(kind, "", null, null);
    }

    @Override
    public List<DuplicateRules.Person> peopleLike(RecordRef.Kind kind, String email, String domain) {
        String e = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        String d = domain == null ? "" : domain.strip().toLowerCase(Locale.ROOT);
        if (e.isEmpty() && d.isEmpty()) {
            return List.of();
        }
        String domainColumn = kind == RecordRef.Kind.LEAD ? " or lower(x.domain) like :dlike" : "";
        return people(kind, " and (lower(x.email) = :e or lower(x.email) like :atd" + domainColumn + ")", e,
                d.isEmpty() ? "\u0000" : d);
    }

    private List<DuplicateRules.Person> people(RecordRef.Kind kind, String where, String email, String domain) {
        String entity = switch (kind) {
            case LEAD -> "Lead";
            case CONTACT -> "Contact";
            default -> throw new IllegalArgumentException("Only leads and contacts are people");
        };
        String domainColumn = kind == RecordRef.Kind.LEAD ? "x.domain" : "cast(null as String)";
        return store.inTransaction(s -> {
            var q = s.createSelectionQuery("select x.id, x.firstName, x.lastName, x.email, " + domainColumn + " from " + entity
                    + " x where x.deleted = false" + where, Object[].class);
            if (email != null) {
                q.setParameter("e", email).setParameter("atd", "%@" + domain);
                if (kind == RecordRef.Kind.LEAD) {
                    q.setParameter("dlike", "%" + domain + "%");
                }
            }
            return q.getResultList().stream().map(r -> new DuplicateRules.Person(new RecordRef(kind, (UUID) r[0]),
                    (String) r[1], (String) r[2], (String) r[3], (String) r[4])).toList();
        });
    }

    @Override
    public List<DuplicateRules.Company> companies() {
        return store.inTransaction(s -> s.createSelectionQuery("select a.id, a.name, coalesce(a.domain, a.website) from Account a"
                + " where a.deleted = false", Object[].class).getResultList().stream()
                .map(r -> new DuplicateRules.Company(RecordRef.account((UUID) r[0]), (String) r[1], (String) r[2])).toList());
    }
}
