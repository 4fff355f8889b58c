package ca.qc.portail.testing;

import ca.qc.portail.account.UserAccount;
import java.io.File;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.List;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ExplodedImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Test deployments for Arquillian: the rules module as it is packaged (classes, persistence unit,
 * migrations) with the libraries the product ships, so container tests run the real schema and
 * services on PostgreSQL.
 */
public final class Deployments {
  private Deployments() {}

  /**
   * A WAR holding the rules module, its libraries, and the given test classes. The e-mailed second
   * factor is off ({@code mfa.email=false}) so tests of the password step end with it; tests of the
   * second factor use {@link #rules(String, List, Class...)}.
   */
  public static WebArchive rules(String name, Class<?>... testClasses) {
    return rules(name, List.of("mfa.email=false"), testClasses);
  }

  /** The same, with the given settings (lines of microprofile-config.properties). */
  public static WebArchive rules(String name, List<String> settings, Class<?>... testClasses) {
    return ShrinkWrap.create(WebArchive.class, name + ".war")
        .addAsResource(
            new StringAsset(String.join("\n", settings) + "\n"),
            "META-INF/microprofile-config.properties")
        .addAsLibraries(moduleOf(UserAccount.class, "ejb-module.jar"))
        .addAsLibraries(
            jarOf(org.flywaydb.core.Flyway.class),
            jarOf(org.flywaydb.database.postgresql.PostgreSQLConfigurationExtension.class),
            jarOf(com.fasterxml.jackson.databind.ObjectMapper.class),
            jarOf(com.fasterxml.jackson.core.JsonFactory.class),
            jarOf(com.fasterxml.jackson.annotation.JsonProperty.class),
            jarOf(org.bouncycastle.crypto.generators.Argon2BytesGenerator.class),
            jarOf(de.mkammerer.argon2.Argon2Factory.class),
            jarHolding("linux-x86-64/libargon2.so"),
            jarOf(com.goterl.lazysodium.SodiumJava.class),
            jarOf(com.goterl.resourceloader.ResourceLoader.class),
            jarOf(org.slf4j.Logger.class),
            jarOf(com.sun.jna.Native.class),
            jarOf(com.google.crypto.tink.StreamingAead.class),
            jarOf(com.google.protobuf.MessageLite.class),
            jarOf(com.google.gson.Gson.class),
            jarOf(org.assertj.core.api.Assertions.class))
        .addClasses(
            Fixtures.class, Fixtures.LoneOfficer.class, CentralAlert.class, TestCaller.class)
        .addClasses(testClasses)
        .addAsWebInfResource(
            new StringAsset(
                "<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"4.0\""
                    + " bean-discovery-mode=\"annotated\"/>"),
            "beans.xml");
  }

  /** Adds GreenMail and {@link SmtpMailbox}, for tests that read what the outbox delivered. */
  public static WebArchive withSmtp(WebArchive archive) {
    return archive
        .addClasses(SmtpMailbox.class, WithSmtpMailbox.class)
        .addAsLibraries(jarOf(com.icegreen.greenmail.util.GreenMail.class));
  }

  /** The archive a class was loaded from: a jar, or a build's classes folder made into one. */
  public static JavaArchive moduleOf(Class<?> type, String name) {
    File location = location(type);
    if (location.isDirectory()) {
      return ShrinkWrap.create(ExplodedImporter.class, name)
          .importDirectory(location)
          .as(JavaArchive.class);
    }
    return ShrinkWrap.createFromZipFile(JavaArchive.class, location);
  }

  public static File jarOf(Class<?> type) {
    return location(type);
  }

  /** The jar on the test class path that holds {@code resource} (a jar of native libraries). */
  public static File jarHolding(String resource) {
    URL url = Deployments.class.getClassLoader().getResource(resource);
    if (url == null || !"jar".equals(url.getProtocol())) {
      throw new IllegalStateException("No jar on the class path holds " + resource);
    }
    try {
      String path = url.getPath();
      return new File(new URI(path.substring(0, path.indexOf("!/"))));
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static File location(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
