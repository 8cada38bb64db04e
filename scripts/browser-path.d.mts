export function findBrowser(): string | undefined;
export const BROWSER_ARGS: string[];
export const HOW_TO_GET_ONE: string;
