package com.nexuscrm.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The startup benchmark's baseline: a bare JavaFX window of the same size, measured the same way. */
public final class HelloFx extends Application {
    @Override
    public void start(Stage stage) {
        Scene scene = new Scene(new StackPane(new Label("Hello, world")), 1280, 800);
        stage.setScene(scene);
        stage.setTitle("Hello");
        FirstFrame.whenShown(scene, stage, FirstFrame::printAndExit);
        stage.show();
    }

    /** Launcher (a class that does not extend Application, as JavaFX on the class path requires). */
    public static final class Launcher {
        private Launcher() { }

        public static void main(String[] args) {
            Application.launch(HelloFx.class, args);
        }
    }
}
