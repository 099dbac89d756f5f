package com.nexuscrm.ui.settings;

import com.nexuscrm.domain.Progress;
import java.io.IOException;
import java.util.List;

/** What Settings → Lead scoring needs from the model registry; {@code AppContext} supplies it. */
public interface LeadModels {
    /** One saved model version, or one that cannot be read ({@code problem} says why). */
    record Version(String version, boolean active, String trainedOn, String data, String quality, String problem) { }

    /** One row of the active model's reliability table: what it predicted against what happened. */
    record Reliability(String band, int leads, double predicted, double observed) { }

    /** A finished training: the new version and its summary, or why no model was trained. */
    record Training(String version, String summary, String notEnoughHistory) { }

    /** The model in use, in a sentence. */
    String active();

    List<String> warnings();

    List<Version> versions();

    List<Reliability> reliability();

    /** Trains on the workspace's history; with enough of it the new model becomes active and leads are rescored. */
    Training train(Progress progress) throws IOException;

    /** Makes a saved version active and rescores every lead. */
    void activate(String version, Progress progress) throws IOException;

    /** Goes back to the version active before; false when there is none. */
    boolean rollback(Progress progress) throws IOException;
}
