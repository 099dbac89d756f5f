package com.nexuscrm.app;

import com.nexuscrm.domain.Directory;
import com.nexuscrm.domain.User;
import com.nexuscrm.storage.StoreDirectory;
import com.nexuscrm.storage.WorkspaceStore;
import java.util.List;
import com.nexuscrm.ui.common.DialogService;
import com.nexuscrm.ui.common.TaskExecutor;
import com.nexuscrm.ui.leads.LeadDetailViewModel;
import com.nexuscrm.ui.leads.LeadsViewModel;

/** Everything that exists once a workspace is unlocked: the store and the screens' models over it. */
final class WorkspaceSession implements AutoCloseable {
    private final WorkspaceStore store;
    private final Directory directory;
    private final User currentUser;
    private final List<User> users;
    private final long pendingChanges;
    private LeadsViewModel leads;

    /** Built on a background thread right after unlocking: reads what the screens need up front. */
    WorkspaceSession(WorkspaceStore store) {
        this.store = store;
        this.directory = new StoreDirectory(store);
        this.currentUser = directory.currentUser();
        this.users = directory.users();
        this.pendingChanges = store.outbox().size();
    }

    long pendingChanges() { return pendingChanges; }

    WorkspaceStore store() { return store; }

    Directory directory() { return directory; }

    User currentUser() { return currentUser; }

    /** One inbox model per session, shared by the inbox and its detail pane. */
    LeadsViewModel leads(TaskExecutor tasks, DialogService dialogs) {
        if (leads == null) {
            LeadDetailViewModel detail = new LeadDetailViewModel(store.leads(), tasks, dialogs);
            leads = new LeadsViewModel(store.leads(), currentUser, users, tasks, dialogs, detail,
                    new MetaSavedFilters(store.meta(), store.json()));
        }
        return leads;
    }

    @Override
    public void close() {
        store.close();
    }
}
