/** The text of an error from a watch or an API call, as the server wrote it. */
export const errorMessage = (error: unknown): string =>
  error instanceof Error
    ? error.message
    : typeof error === 'string'
      ? error
      : JSON.stringify(error);
