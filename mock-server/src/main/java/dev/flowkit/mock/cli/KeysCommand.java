package dev.flowkit.mock.cli;

import dev.flowkit.crypto.BusinessKeys;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code flowkit keys}: the business key pair of WhatsApp Business Encryption. */
@Command(name = "keys", mixinStandardHelpOptions = true,
    description = "Manage the business key pair used to encrypt flow endpoint traffic.",
    subcommands = {KeysCommand.Generate.class})
final class KeysCommand implements Runnable {

  @Spec
  @Nullable CommandSpec spec;

  @Override
  public void run() {
    if (spec != null) {
      spec.commandLine().usage(spec.commandLine().getOut());
    }
  }

  /** {@code flowkit keys generate}. */
  @Command(name = "generate", mixinStandardHelpOptions = true,
      description = {"Generate an RSA key pair for WhatsApp Business Encryption and say where each half goes.",
          "Writes DIR/private.pem (PKCS#8, encrypted when a passphrase is given; readable only by you) and "
              + "DIR/public.pem (SPKI, the form to upload)."})
  static final class Generate implements java.util.concurrent.Callable<Integer> {

    static final String PRIVATE_FILE = "private.pem";
    static final String PUBLIC_FILE = "public.pem";

    @Spec
    @Nullable CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write the two files to (created if needed).")
    @Nullable Path out;

    @Option(names = "--passphrase-file", paramLabel = "FILE",
        description = "Encrypt the private key with the passphrase on the first line of FILE ('-' reads standard input).")
    @Nullable String passphraseFile;

    @Option(names = "--bits", defaultValue = "2048", description = "RSA modulus size, at least 2048 (default: ${DEFAULT-VALUE}).")
    int bits;

    @Option(names = "--force", description = "Overwrite existing key files in DIR.")
    boolean force;

    @Override
    public Integer call() throws IOException {
      CommandSpec command = java.util.Objects.requireNonNull(spec);
      Path dir = java.util.Objects.requireNonNull(out);
      if (bits < BusinessKeys.MINIMUM_RSA_BITS) {
        throw new ParameterException(command.commandLine(),
            "--bits " + bits + " is too small: WhatsApp Business Encryption needs at least " + BusinessKeys.MINIMUM_RSA_BITS);
      }
      char[] passphrase = passphraseFile == null ? null : readPassphrase(passphraseFile);
      Path privateFile = dir.resolve(PRIVATE_FILE);
      Path publicFile = dir.resolve(PUBLIC_FILE);
      if (!force) {
        for (Path file : new Path[] {privateFile, publicFile}) {
          if (Files.exists(file)) {
            throw new FileAlreadyExistsException(file + " exists; keep it, choose another --out, or pass --force "
                + "to replace it (requests encrypted for the old public key will then fail with 421)");
          }
        }
      }
      KeyPair pair = BusinessKeys.generate(bits);
      try {
        String privatePem = passphrase == null ? BusinessKeys.toPem(pair.getPrivate())
            : BusinessKeys.toEncryptedPem(pair.getPrivate(), passphrase);
        Files.createDirectories(dir);
        writeOwnerOnly(privateFile, privatePem);
        Files.writeString(publicFile, BusinessKeys.toPem(pair.getPublic()), StandardCharsets.US_ASCII);
      } finally {
        if (passphrase != null) {
          Arrays.fill(passphrase, '\0');
        }
      }
      report(command.commandLine().getOut(), privateFile, publicFile);
      return 0;
    }

    private void report(PrintWriter out, Path privateFile, Path publicFile) {
      String protection = passphraseFile == null
          ? "PKCS#8, NOT encrypted: keep this file secret, or pass --passphrase-file"
          : "PKCS#8, encrypted with the passphrase from " + passphraseFile;
      out.printf("Generated an RSA-%d key pair for WhatsApp Business Encryption.%n", bits);
      out.printf("  private key  %s  (%s)%n", privateFile, protection);
      out.printf("  public key   %s  (SPKI PEM)%n%n", publicFile);
      out.println("Next:");
      out.println("  1. Upload the public key for each business phone number that sends your flows:");
      out.println("       POST /v25.0/{PHONE_NUMBER_ID}/whatsapp_business_encryption");
      out.println("       with the parameter business_public_key = the text of " + publicFile.getFileName());
      out.println("     for example:");
      out.println("       curl -X POST \"https://graph.facebook.com/v25.0/$PHONE_NUMBER_ID/whatsapp_business_encryption\" \\");
      out.println("         -H \"Authorization: Bearer $ACCESS_TOKEN\" \\");
      out.println("         --data-urlencode \"business_public_key@" + publicFile + "\"");
      out.println("     Against the FlowKit mock platform, make the same call on its base URL.");
      out.println("  2. Check it: GET /v25.0/{PHONE_NUMBER_ID}/whatsapp_business_encryption shows");
      out.println("     business_public_key_signature_status VALID.");
      out.println("  3. Give your flow endpoint the private key (never upload or commit it):");
      out.println("       FlowEndpointCipher.create(BusinessKeys.readPrivateKey(Path.of(\"" + privateFile + "\"), "
          + (passphraseFile == null ? "null" : "passphrase") + "))");
      out.flush();
    }

    private static char[] readPassphrase(String source) throws IOException {
      String line;
      if (source.equals("-")) {
        line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
      } else {
        try (BufferedReader reader = Files.newBufferedReader(Path.of(source), StandardCharsets.UTF_8)) {
          line = reader.readLine();
        }
      }
      if (line == null || line.isEmpty()) {
        throw new IOException("the passphrase file " + source + " is empty: its first line is the passphrase");
      }
      return line.toCharArray();
    }

    private static void writeOwnerOnly(Path file, String text) throws IOException {
      Files.deleteIfExists(file);
      if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      } else {
        Files.createFile(file);
      }
      Files.writeString(file, text, StandardCharsets.US_ASCII, StandardOpenOption.TRUNCATE_EXISTING);
    }
  }
}
