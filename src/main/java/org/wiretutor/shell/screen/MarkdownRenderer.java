package org.wiretutor.shell.screen;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * Renders lesson Markdown for a terminal: paragraphs wrapped to the width, code in colour,
 * lists with their markers, code blocks indented as they are (commands to copy stay intact).
 */
public final class MarkdownRenderer {
    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(org.commonmark.ext.gfm.tables.TablesExtension.create())).build();
    private static final String COLUMN_GAP = "   ";
    private final int width;

    public MarkdownRenderer(int width) {
        this.width = Math.max(40, width);
    }

    public List<AttributedString> render(String markdown) {
        List<AttributedString> out = new ArrayList<>();
        Node doc = PARSER.parse(markdown);
        blocks(doc, "", out);
        while (!out.isEmpty() && out.get(out.size() - 1).length() == 0) out.remove(out.size() - 1);
        return out;
    }

    private void blocks(Node parent, String indent, List<AttributedString> out) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            block(n, indent, out);
        }
    }

    private void block(Node n, String indent, List<AttributedString> out) {
        if (n instanceof Heading h) {
            AttributedStringBuilder b = new AttributedStringBuilder();
            inlines(h, b, Styles.HEADING);
            out.addAll(Wrap.wrap(b.toAttributedString(), width, indent));
            out.add(AttributedString.EMPTY);
        } else if (n instanceof Paragraph p) {
            AttributedStringBuilder b = new AttributedStringBuilder();
            inlines(p, b, Styles.PLAIN);
            out.addAll(Wrap.wrap(b.toAttributedString(), width, indent));
            if (!(p.getParent() instanceof ListItem)) out.add(AttributedString.EMPTY);
        } else if (n instanceof FencedCodeBlock f) {
            code(f.getLiteral(), indent, out);
        } else if (n instanceof IndentedCodeBlock c) {
            code(c.getLiteral(), indent, out);
        } else if (n instanceof BulletList list) {
            items(list, indent, out, false, 1);
        } else if (n instanceof OrderedList list) {
            items(list, indent, out, true, list.getMarkerStartNumber() == null ? 1 : list.getMarkerStartNumber());
        } else if (n instanceof BlockQuote q) {
            blocks(q, indent + "│ ", out);
        } else if (n instanceof org.commonmark.ext.gfm.tables.TableBlock table) {
            table(table, indent, out);
        } else if (n instanceof ThematicBreak) {
            out.add(new AttributedString(indent + "─".repeat(Math.min(40, width - indent.length())), Styles.DIM));
            out.add(AttributedString.EMPTY);
        } else {
            blocks(n, indent, out);
        }
    }

    /**
     * A table in columns when it fits the width; otherwise each row as one wrapped paragraph of
     * "heading: cell" pairs, so nothing is cut and no row runs into the next.
     */
    private void table(Node table, String indent, List<AttributedString> out) {
        List<List<AttributedString>> rows = new ArrayList<>();
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                List<AttributedString> cells = new ArrayList<>();
                boolean head = section instanceof org.commonmark.ext.gfm.tables.TableHead;
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    AttributedStringBuilder b = new AttributedStringBuilder();
                    inlines(cell, b, head ? Styles.PLAIN.bold() : Styles.PLAIN);
                    cells.add(b.toAttributedString());
                }
                rows.add(cells);
            }
        }
        if (rows.isEmpty()) return;
        int columns = rows.stream().mapToInt(List::size).max().orElse(0);
        int[] widths = new int[columns];
        for (List<AttributedString> row : rows) {
            for (int c = 0; c < row.size(); c++) widths[c] = Math.max(widths[c], row.get(c).columnLength());
        }
        int total = indent.length() + 2 + java.util.Arrays.stream(widths).sum() + COLUMN_GAP.length() * (columns - 1);
        if (total <= width) {
            for (int r = 0; r < rows.size(); r++) {
                AttributedStringBuilder b = new AttributedStringBuilder().append(indent + "  ");
                List<AttributedString> row = rows.get(r);
                for (int c = 0; c < row.size(); c++) {
                    if (c > 0) b.append(COLUMN_GAP);
                    b.append(row.get(c));
                    if (c < row.size() - 1) b.append(" ".repeat(widths[c] - row.get(c).columnLength()));
                }
                out.add(b.toAttributedString());
                if (r == 0) out.add(new AttributedString(indent + "  " + "─".repeat(total - indent.length() - 2),
                        Styles.DIM));
            }
        } else {
            List<AttributedString> head = rows.get(0);
            for (List<AttributedString> row : rows.subList(1, rows.size())) {
                AttributedStringBuilder b = new AttributedStringBuilder();
                for (int c = 0; c < row.size(); c++) {
                    if (c > 0) b.append(" · ", Styles.DIM);
                    if (c < head.size()) b.append(head.get(c).toString(), Styles.DIM).append(": ");
                    b.append(row.get(c));
                }
                out.addAll(Wrap.wrap(b.toAttributedString(), width, indent + "  ", indent + "    "));
            }
        }
        out.add(AttributedString.EMPTY);
    }

    private void code(String literal, String indent, List<AttributedString> out) {
        String text = literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal;
        for (String line : text.split("\n", -1)) {
            out.add(new AttributedStringBuilder().append(indent + "    ").append(line, Styles.CODE)
                    .toAttributedString());
        }
        out.add(AttributedString.EMPTY);
    }

    private void items(Node list, String indent, List<AttributedString> out, boolean ordered, int number) {
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            String marker = ordered ? (number++) + ". " : "• ";
            List<AttributedString> inner = new ArrayList<>();
            blocks(item, indent + " ".repeat(marker.length() + 2), inner);
            if (inner.isEmpty()) continue;
            AttributedString first = inner.get(0);
            String pad = indent + "  ";
            inner.set(0, new AttributedStringBuilder().append(pad).append(marker, Styles.DIM)
                    .append(first.subSequence(Math.min(first.length(), pad.length() + marker.length()), first.length()))
                    .toAttributedString());
            out.addAll(inner);
        }
        out.add(AttributedString.EMPTY);
    }

    private void inlines(Node parent, AttributedStringBuilder b, AttributedStyle style) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Text t) {
                b.append(t.getLiteral(), style);
            } else if (n instanceof Code c) {
                b.append(c.getLiteral(), Styles.CODE);
            } else if (n instanceof Emphasis) {
                inlines(n, b, style.italic());
            } else if (n instanceof StrongEmphasis) {
                inlines(n, b, style.bold());
            } else if (n instanceof SoftLineBreak) {
                b.append(" ");
            } else if (n instanceof HardLineBreak) {
                b.append("\n");
            } else if (n instanceof Link link) {
                inlines(n, b, style.underline());
                if (!link.getDestination().equals(textOf(link))) b.append(" (" + link.getDestination() + ")", Styles.DIM);
            } else if (n instanceof HtmlInline h) {
                b.append(h.getLiteral(), style);
            } else {
                inlines(n, b, style);
            }
        }
    }

    private static String textOf(Node n) {
        StringBuilder s = new StringBuilder();
        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof Text t) s.append(t.getLiteral());
            else s.append(textOf(c));
        }
        return s.toString();
    }
}
