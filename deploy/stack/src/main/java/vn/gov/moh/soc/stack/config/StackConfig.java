package vn.gov.moh.soc.stack.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import vn.gov.moh.soc.core.naming.Namespace;

/**
 * The settings of one stack, validated. Build one with {@link #load} (file and environment,
 * for {@code ./soc}) or {@link #builder()} (for the test kit, which picks free ports).
 */
public final class StackConfig {
    private final Map<Setting, String> values;
    private final Map<Setting, String> origins;
    private final Path baseDir;

    private StackConfig(Map<Setting, String> values, Map<Setting, String> origins, Path baseDir) {
        this.values = new EnumMap<>(values);
        this.origins = new EnumMap<>(origins);
        this.baseDir = baseDir;
        validate();
    }

    /**
     * Reads the config file (if it exists) and the environment.
     *
     * @param configFile  the file of {@code key=value} lines; absent is fine
     * @param environment the process environment; {@code SOC_*} variables are settings
     * @param baseDir     what relative paths are relative to
     * @throws ConfigException naming the setting or variable that is wrong
     */
    public static StackConfig load(Path configFile, Map<String, String> environment, Path baseDir) {
        Builder builder = builder().baseDir(baseDir);
        if (configFile != null && Files.isRegularFile(configFile)) {
            Properties file = new Properties();
            try (Reader in = Files.newBufferedReader(configFile, StandardCharsets.UTF_8)) {
                file.load(in);
            } catch (IOException | IllegalArgumentException e) {
                throw new ConfigException("cannot read config file " + configFile + ": " + e.getMessage());
            }
            for (String key : file.stringPropertyNames()) {
                Setting setting = Setting.byKey(key).orElseThrow(() -> new ConfigException(
                        "unknown setting '" + key + "' in " + configFile + " (known: " + knownKeys() + ")"));
                builder.set(setting, file.getProperty(key).trim(), configFile.toString());
            }
        }
        for (Map.Entry<String, String> e : environment.entrySet()) {
            if (!e.getKey().startsWith("SOC_") || ALLOWED_OTHER_VARIABLES.contains(e.getKey())) {
                continue;
            }
            Setting setting = Setting.byEnvironmentVariable(e.getKey()).orElseThrow(() -> new ConfigException(
                    "unknown environment variable " + e.getKey() + " (SOC_* variables are settings; known: "
                            + knownVariables() + ")"));
            builder.set(setting, e.getValue().trim(), "environment variable " + e.getKey());
        }
        return builder.build();
    }

    /** Variables with the SOC_ prefix that are not settings, used by the ./soc script. */
    private static final List<String> ALLOWED_OTHER_VARIABLES = List.of("SOC_CONFIG", "SOC_JAVA_OPTS");

    public static Builder builder() {
        return new Builder();
    }

    private void validate() {
        List<String> problems = new ArrayList<>();
        for (Setting s : Setting.values()) {
            String value = values.get(s);
            if (s == Setting.NAMESPACE && value.isEmpty()) {
                continue;
            }
            s.problemWith(value).ifPresent(p -> problems.add(
                    "setting '" + s.key() + "' (" + origins.get(s) + "): " + p));
        }
        Map<Integer, Setting> ports = new HashMap<>();
        for (Setting s : Setting.values()) {
            if (s.name().endsWith("_PORT") && problemsFree(s)) {
                Setting other = ports.put(Integer.parseInt(values.get(s)), s);
                if (other != null) {
                    problems.add("settings '" + other.key() + "' and '" + s.key() + "' both use port " + values.get(s));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ConfigException(String.join("\n", problems));
        }
    }

    private boolean problemsFree(Setting s) {
        return s.problemWith(values.get(s)).isEmpty();
    }

    public String get(Setting setting) {
        return values.get(setting);
    }

    /** Where the value of a setting came from: default, a file, or a variable. */
    public String origin(Setting setting) {
        return origins.get(setting);
    }

    /** A true/false setting. */
    public boolean flag(Setting setting) {
        return Boolean.parseBoolean(values.get(setting));
    }

    public int port(Setting setting) {
        return Integer.parseInt(values.get(setting));
    }

    public Path stateDir() {
        return path(Setting.STATE_DIR);
    }

    /** A path setting, a relative one resolved against the base folder (the project's, for ./soc). */
    public Path path(Setting setting) {
        return baseDir.resolve(values.get(setting)).toAbsolutePath().normalize();
    }

    public String hostname() {
        return values.get(Setting.HOSTNAME);
    }

    public Namespace namespace() {
        return Namespace.of(values.get(Setting.NAMESPACE));
    }

    public Duration startupTimeout() {
        return Duration.ofSeconds(Long.parseLong(values.get(Setting.STARTUP_TIMEOUT)));
    }

    private static String knownKeys() {
        List<String> keys = new ArrayList<>();
        for (Setting s : Setting.values()) {
            keys.add(s.key());
        }
        return String.join(", ", keys);
    }

    private static String knownVariables() {
        List<String> keys = new ArrayList<>();
        for (Setting s : Setting.values()) {
            keys.add(s.environmentVariable());
        }
        return String.join(", ", keys);
    }

    /** Builds a config from defaults plus explicit values. */
    public static final class Builder {
        private final Map<Setting, String> values = new EnumMap<>(Setting.class);
        private final Map<Setting, String> origins = new EnumMap<>(Setting.class);
        private Path baseDir = Path.of("");

        private Builder() {
            for (Setting s : Setting.values()) {
                values.put(s, s.defaultValue());
                origins.put(s, "default");
            }
        }

        public Builder baseDir(Path dir) {
            this.baseDir = dir;
            return this;
        }

        public Builder set(Setting setting, String value) {
            return set(setting, value, "set by program");
        }

        Builder set(Setting setting, String value, String origin) {
            values.put(setting, value);
            origins.put(setting, origin);
            return this;
        }

        /** @throws ConfigException naming each wrong setting */
        public StackConfig build() {
            return new StackConfig(values, origins, baseDir);
        }
    }
}
