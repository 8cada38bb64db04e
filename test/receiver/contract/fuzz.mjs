export function fuzzTests() {}
