/**
 * {@code wiretutor export-mirror}: the mirror written out for a permanent server, so a department can serve the
 * same files with the same headers from Apache or nginx.
 *
 * <p>This room owns the export ({@link org.wiretutor.mirror.export.MirrorExport}, its
 * {@link org.wiretutor.mirror.export.ExportOptions}), the plan both configurations are rendered from, the Apache and
 * nginx configurations, and the README left beside them, whose words are the catalogue's
 * ({@code mirror.export.*}). It reads the files from {@code org.wiretutor.mirror.pages} and knows nothing of the
 * running server.
 */
package org.wiretutor.mirror.export;
