package org.wiretutor.mirror.pages;

import java.util.List;

/**
 * First names for the scraping pages ({@link CommentsPage}, {@link LinkChain}): plain ASCII letters only, so a
 * name is one word to a regular expression, a file name needs no escaping and a page never needs a charset.
 */
final class PeopleNames {

    static final List<String> ALL = List.of(
            "Amara", "Bilal", "Catalina", "Dmitri", "Efua", "Farid", "Greta", "Hiroshi", "Ines", "Jomo",
            "Kalani", "Lars", "Mei", "Nuno", "Oksana", "Pavel", "Quentin", "Rania", "Sanjay", "Tove",
            "Ugo", "Valeria", "Wanjiru", "Xiomara", "Yusuf", "Zofia", "Anders", "Beatriz", "Chidi", "Dalia",
            "Emeka", "Fiona", "Gaspard", "Hana", "Ivo", "Jia", "Kofi", "Leila", "Mateo", "Nadia",
            "Olu", "Priya", "Rafael", "Sakura", "Tariq", "Ulla", "Vikram", "Wren", "Ximena", "Yara",
            "Zainab", "Arjun", "Bronwyn", "Cyrus", "Daria", "Elif", "Florin", "Gwen", "Hamid", "Ilse",
            "Joaquin", "Kiri", "Lucan", "Marisol");

    private PeopleNames() {
    }
}
