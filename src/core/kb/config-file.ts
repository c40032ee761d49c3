/**
 * The name of a KB's configuration file, on its own: the extension's entry module asks whether a
 * window holds one before it loads any of core, and must not pull the config parser in with it.
 */
export const CONFIG_FILE = '.support-kb.yml';
