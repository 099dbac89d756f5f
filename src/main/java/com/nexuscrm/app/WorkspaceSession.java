package com.nexuscrm.app;

import com.nexuscrm.domain.Directory;
import com.nexuscrm.domain.User;
import com.nexuscrm.storage.StoreDirectory;
import com.nexuscrm.storage.WorkspaceStore;
import com.nexuscrm.ui.common.DialogService;
import com.nexuscrm.ui.common.TaskExecutor;
import com.nexuscrm.ui.leads.LeadDetailViewModel;
import com.nexuscrm.ui.leads.LeadsViewModel;

/** Everything that exists once a workspace is unlocked: the store and the screens' models over it. */
final class WorkspaceSession implements AutoCloseable {
    private final WorkspaceStore store;
    private final Directory directory;
    private final User currentUser;
    private LeadsViewModel leads;

    WorkspaceSession(WorkspaceStore store) {
        this.store = store;
        this.directory = new StoreDirectory(store);
        this.currentUser = directory.currentUser();
    }

    WorkspaceStore store() { return store; }

    Directory directory() { return directory; }

    User currentUser() { return currentUser; }

    /** One inbox model per session, shared by the inbox and its detail pane. */
    LeadsViewModel leads(TaskExecutor tasks, DialogService dialogs) {
        if (leads == null) {
            LeadDetailViewModel detail = new LeadDetailViewModel(store.leads(), tasks, dialogs);
            leads = new LeadsViewModel(store.leads(), directory, tasks, dialogs, detail,
                    new MetaSavedFilters(store.meta(), store.json()));
        }
        return leads;
    }

    @Override
    public void close() {
        store.close();
    }
}
