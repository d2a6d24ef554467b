package org.wiretutor.mirror.export;

import org.wiretutor.text.Messages;

/**
 * The README an export leaves beside the files: what each part is and how to put it on a real server. Its words are
 * the catalogue's ({@code mirror.export.readme}); this fills in whose files, how many, and where they are served.
 */
final class ExportReadme {

    private ExportReadme() {
    }

    static String render(ExportPlan plan) {
        String whose = plan.learner().map(id -> Messages.get("mirror.export.readme.learner", id))
                .orElse(Messages.get("mirror.export.readme.bundled"));
        return Messages.get("mirror.export.readme", whose, plan.files().size(), plan.www().toString(),
                plan.options().listen());
    }
}
