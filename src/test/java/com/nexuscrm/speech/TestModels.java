package com.nexuscrm.speech;

/** One Vosk model for all speech tests in the JVM: loading it costs a second or two. */
public final class TestModels {
    private static VoskModel model;

    private TestModels() { }

    public static synchronized VoskModel english() {
        if (model == null) {
            model = VoskModel.load(SpeechModels.defaultModel());
        }
        return model;
    }
}
