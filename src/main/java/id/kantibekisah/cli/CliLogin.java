package id.kantibekisah.cli;

import id.kantibekisah.access.Actor;
import id.kantibekisah.common.Messages;
import id.kantibekisah.common.ValidationException;
import id.kantibekisah.security.UserService;
import picocli.CommandLine.Option;

import java.io.Console;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * {@code --as-user NAME} for commands that read case content: the user's password comes from the terminal
 * ({@link Console}, not echoed) or from a file given with {@code --password-file}, never from the command line
 * itself (it would stay in the shell history and in the process list). The log-in goes through
 * {@link UserService#login} like the window's, with its lockout and audit; the command then acts, and is audited,
 * as that user, so the service layer decides what they may read.
 */
final class CliLogin {
    @Option(names = "--as-user", paramLabel = "NAME", description = "Log in as this user (a BK counselor) to "
            + "read case content; the password is asked on the terminal, or read from --password-file.")
    String username;

    @Option(names = "--password-file", paramLabel = "PATH", description = "Read the --as-user password from the "
            + "first line of this file (for scheduled jobs; keep the file readable by the job's account only).")
    Path passwordFile;

    /** Source of a typed password; the terminal in production, replaced in tests. */
    interface Terminal {
        /** The typed password, or {@code null} when there is no terminal to ask on. */
        char[] readPassword(String prompt);
    }

    static final Terminal CONSOLE = prompt -> {
        Console console = System.console();
        return console == null ? null : console.readPassword("%s ", prompt);
    };

    /** For tests: what {@link #CONSOLE} is replaced with. */
    static Terminal terminal = CONSOLE;

    boolean given() {
        return username != null;
    }

    /** Logs in as {@code --as-user}; a wrong password, a locked or inactive account is refused (exit 1). */
    Actor login(UserService users, Messages messages) {
        char[] password = password(messages.get("cli.login.prompt", username));
        try {
            return users.login(username.trim(), new String(password));
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private char[] password(String prompt) {
        return passwordFile != null ? firstLine(passwordFile) : typed(prompt);
    }

    /** A password typed on the terminal; exit 1 with a message when there is none (a scheduled job). */
    static char[] typed(String prompt) {
        char[] typed = terminal.readPassword(prompt);
        if (typed == null) {
            throw new ValidationException("cli.login.noTerminal");
        }
        return typed;
    }

    /** The first line of a password file, without its line end. */
    static char[] firstLine(Path passwordFile) {
        try {
            String text = Files.readString(passwordFile, StandardCharsets.UTF_8);
            int end = text.indexOf('\n');
            String line = end < 0 ? text : text.substring(0, end);
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            if (line.isEmpty()) {
                throw new ValidationException("cli.login.emptyPasswordFile", passwordFile);
            }
            return line.toCharArray();
        } catch (IOException e) {
            throw new ValidationException("cli.login.noPasswordFile", passwordFile);
        }
    }
}
