// A file at the card script's address that registers nothing (another version of the extension, say).
export {};
