// A file at the page script's address that registers nothing (another version of the extension, say).
export {};
