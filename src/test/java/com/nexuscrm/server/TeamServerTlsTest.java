package com.nexuscrm.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.nexuscrm.domain.Role;
import com.nexuscrm.sync.SyncClient;
import com.nexuscrm.sync.SyncException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The team server over https with a key store made by the JDK's keytool; the workstation trusts its CA. */
class TeamServerTlsTest {
    private static final String STORE_PASSWORD = "changeit-please";
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());

    @TempDir
    Path dir;

    private void keytool(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), output);
    }

    @Test
    void servesHttpsToAWorkstationThatTrustsItsCertificateAndRefusesOneThatDoesNot() throws Exception {
        Path keyStore = dir.resolve("server.p12");
        keytool("-genkeypair", "-alias", "nexus", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=localhost",
                "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-validity", "2", "-storetype", "PKCS12",
                "-keystore", keyStore.toString(), "-storepass", STORE_PASSWORD, "-keypass", STORE_PASSWORD);
        Path cert = dir.resolve("server.cer");
        keytool("-exportcert", "-alias", "nexus", "-keystore", keyStore.toString(), "-storepass", STORE_PASSWORD,
                "-file", cert.toString());
        Path trustStore = dir.resolve("trust.p12");
        keytool("-importcert", "-noprompt", "-alias", "team-ca", "-file", cert.toString(), "-storetype", "PKCS12",
                "-keystore", trustStore.toString(), "-storepass", STORE_PASSWORD);

        ServerTargets.Target target = ServerTargets.kinds().get(0).fresh();
        try (ServerDatabase db = ServerDatabase.open(target.url());
             TeamServer server = new TeamServer(db, Clock.systemUTC(), Duration.ofHours(1),
                     new TeamServer.Tls(keyStore, STORE_PASSWORD.toCharArray())).start("127.0.0.1", 0)) {
            server.accounts().addUser("tls@example.com", "Tess", Role.REP, "East", "tls password 1".toCharArray());
            URI https = URI.create("https://127.0.0.1:" + server.port());

            SyncClient trusting = new SyncClient(https, json, trusting(trustStore));
            assertEquals("Tess", trusting.login("tls@example.com", "tls password 1".toCharArray()).user().displayName());
            assertEquals(0, trusting.pull(0, 10).records().stream().filter(r -> r.entity().equals("Lead")).count());

            SyncException untrusted = assertThrows(SyncException.class,
                    () -> new SyncClient(https, json).login("tls@example.com", "tls password 1".toCharArray()));
            assertEquals(SyncException.Kind.PROTOCOL, untrusted.kind());
            assertTrue(untrusted.getMessage().contains("javax.net.ssl.trustStore"), untrusted.getMessage());

            SyncException plain = assertThrows(SyncException.class, () -> new SyncClient(
                    URI.create("http://127.0.0.1:" + server.port()), json).login("tls@example.com", "x".toCharArray()));
            assertTrue(plain.kind() == SyncException.Kind.OFFLINE || plain.kind() == SyncException.Kind.PROTOCOL,
                    "plain http gets no service from the https port: " + plain.getMessage());
        } finally {
            target.cleanup().close();
        }
    }

    private static SSLContext trusting(Path trustStore) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(trustStore)) {
            store.load(in, STORE_PASSWORD.toCharArray());
        }
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(store);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, factory.getTrustManagers(), null);
        return context;
    }
}
