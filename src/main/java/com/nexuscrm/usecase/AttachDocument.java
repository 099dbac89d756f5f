package com.nexuscrm.usecase;

import com.nexuscrm.documents.DocumentKind;
import com.nexuscrm.documents.DocumentProblem;
import com.nexuscrm.documents.DocumentText;
import com.nexuscrm.documents.DocumentVault;
import com.nexuscrm.domain.Document;
import com.nexuscrm.domain.Ids;
import com.nexuscrm.domain.User;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/**
 * Attaches files to an account or a deal: each file's text is read (PDF, DOCX, TXT, EML), the file and its text
 * are stored encrypted in the workspace folder, and a {@link Document} record (title, kind, file name, size,
 * SHA-256; not the content) is saved and synced. A file that cannot be read, is protected, too big or of another
 * type is named and skipped with the reason; the others are attached. The search index picks the new documents
 * up on its next refresh.
 */
public final class AttachDocument {
    /** A file that was not attached, and why. */
    public record Skipped(Path file, String reason) { }

    public record Outcome(List<Document> attached, List<Skipped> skipped) { }

    private final Workspace workspace;
    private final DocumentText reader;
    private final Clock clock;

    public AttachDocument(Workspace workspace, Clock clock) {
        this(workspace, new DocumentText(), clock);
    }

    public AttachDocument(Workspace workspace, DocumentText reader, Clock clock) {
        this.workspace = workspace;
        this.reader = reader;
        this.clock = clock;
    }

    /**
     * @param accountId the account (may be null when {@code dealId} is given)
     * @param by        the user attaching (owner of the records), or null
     * @param cancelled checked between files: the files attached so far stay attached
     */
    public Outcome attach(List<Path> files, UUID accountId, UUID dealId, User by, BooleanSupplier cancelled) {
        if (accountId == null && dealId == null) {
            throw new IllegalArgumentException("a document is attached to an account or a deal");
        }
        if (accountId != null && workspace.repository(com.nexuscrm.domain.Account.class).find(accountId).isEmpty()
                || dealId != null && workspace.repository(com.nexuscrm.domain.Deal.class).find(dealId).isEmpty()) {
            throw new IllegalArgumentException("There is no " + (dealId != null ? "deal " + dealId : "account " + accountId)
                    + " in this workspace; check the id (nexus search NAME --type account,deal --json shows it)");
        }
        DocumentVault vault = new DocumentVault(workspace.folder(), workspace.store().documentsKey());
        List<Document> attached = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        for (Path file : files) {
            if (cancelled.getAsBoolean()) {
                break;
            }
            try {
                attached.add(attachOne(vault, file, accountId, dealId, by));
            } catch (DocumentProblem e) {
                skipped.add(new Skipped(file, e.getMessage()));
            } catch (IOException e) {
                skipped.add(new Skipped(file, file.getFileName() + " could not be stored in the workspace: "
                        + com.nexuscrm.domain.FileProblems.reason(e)));
            }
        }
        return new Outcome(attached, skipped);
    }

    private Document attachOne(DocumentVault vault, Path file, UUID accountId, UUID dealId, User by)
            throws DocumentProblem, IOException {
        DocumentKind kind = DocumentText.kindOf(file);
        String text = reader.read(file);
        Document d = new Document(Ids.newId());
        d.setAccountId(accountId);
        d.setDealId(dealId);
        String name = file.getFileName().toString();
        d.setTitle(name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name);
        d.setKind(kind.extension());
        d.setFileName(name);
        d.setSizeBytes(Files.size(file));
        d.setCreatedAt(clock.instant());
        if (by != null) {
            d.setOwnerId(by.getId());
            d.setTeamId(by.getTeamId());
        }
        d.setSha256(vault.store(d.getId(), file, text));
        return workspace.repository(Document.class).save(d);
    }

    /** The documents attached to an account, newest first. */
    public List<Document> ofAccount(UUID accountId) {
        return workspace.repository(Document.class).findAll().stream()
                .filter(d -> accountId.equals(d.getAccountId()))
                .sorted(java.util.Comparator.comparing(Document::getCreatedAt, java.util.Comparator.nullsLast(java.util.Comparator.reverseOrder())))
                .toList();
    }
}
