export class UnsupportedDocumentError extends Error {
  override readonly name = 'UnsupportedDocumentError';

  constructor(readonly extension: string) {
    super(`Text extraction is not supported for ${extension ? `.${extension}` : 'files without an extension'} files`);
  }
}

/** The file claims a supported type but its content could not be read (corrupt, encrypted, not really that type). */
export class DocumentExtractionError extends Error {
  override readonly name = 'DocumentExtractionError';

  constructor(
    readonly extension: string,
    options?: ErrorOptions,
  ) {
    const reason = options?.cause instanceof Error ? `: ${options.cause.message}` : '';
    super(`Could not extract text from the .${extension} file${reason}`, options);
  }
}
