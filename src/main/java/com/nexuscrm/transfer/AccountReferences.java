package com.nexuscrm.transfer;

import com.nexuscrm.domain.Account;
import com.nexuscrm.domain.CompanyNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Finds the account an imported row names in its account cell: by id, else by domain (a website or e-mail
 * address is reduced to its domain, "www." dropped), else by name ({@link CompanyNames#key}: case, punctuation
 * and legal suffixes ignored). A cell that names no live account, or several by name, is an error naming the
 * cell, so the row goes to the reject report instead of being dropped or filed under a guess.
 */
final class AccountReferences {
    private final Map<UUID, Account> byId = new HashMap<>();
    private final Map<String, List<Account>> byDomain = new HashMap<>();
    private final Map<String, List<Account>> byName = new HashMap<>();

    AccountReferences(List<Account> accounts) {
        for (Account a : accounts) {
            if (a.isDeleted()) {
                continue;
            }
            byId.put(a.getId(), a);
            if (a.getDomain() != null) {
                byDomain.computeIfAbsent(domain(a.getDomain()), k -> new ArrayList<>()).add(a);
            }
            String key = CompanyNames.key(a.getName());
            if (!key.isEmpty()) {
                byName.computeIfAbsent(key, k -> new ArrayList<>()).add(a);
            }
        }
    }

    static AccountReferences over(Repositories repositories) {
        return new AccountReferences(repositories.repository(Account.class).findAll());
    }

    /** The account's id; throws {@link IllegalArgumentException} with a sentence when there is none or several. */
    UUID resolve(String cell) {
        String text = cell.strip();
        try {
            UUID id = UUID.fromString(text);
            if (byId.containsKey(id)) {
                return id;
            }
        } catch (IllegalArgumentException notAnId) {
            // a domain or a name
        }
        List<Account> found = byDomain.getOrDefault(domain(text), List.of());
        if (found.isEmpty()) {
            found = byName.getOrDefault(CompanyNames.key(text), List.of());
        }
        if (found.size() == 1) {
            return found.get(0).getId();
        }
        if (found.isEmpty()) {
            throw new IllegalArgumentException("'" + text + "' is no account in this workspace (matched by id, domain"
                    + " and name); import or create the account first, or correct the cell");
        }
        throw new IllegalArgumentException("'" + text + "' names " + found.size() + " accounts; give the account's"
                + " domain or id instead");
    }

    private static String domain(String text) {
        String d = text.toLowerCase(Locale.ROOT).strip();
        d = d.replaceFirst("^[a-z]+://", "");
        d = d.substring(d.lastIndexOf('@') + 1);
        int slash = d.indexOf('/');
        d = slash >= 0 ? d.substring(0, slash) : d;
        return d.startsWith("www.") ? d.substring(4) : d;
    }
}
