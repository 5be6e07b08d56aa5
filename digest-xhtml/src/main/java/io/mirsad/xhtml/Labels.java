package io.mirsad.xhtml;

/** The words the edition adds around the digest's own text, in Arabic. */
public final class Labels {
    public static final String CONTENTS = "المحتويات";
    public static final String LANDMARKS = "معالم الكتاب";
    public static final String COVER = "الغلاف";
    public static final String TITLE_PAGE = "صفحة العنوان";
    public static final String INTRODUCTION = "تقديم";
    public static final String START = "بداية النص";
    public static final String NOTES = "الهوامش";
    public static final String SOURCES = "المصادر";
    public static final String NOTES_AND_SOURCES = "الهوامش والمصادر";
    public static final String SECTION_SOURCES = "مصادر هذا القسم: ";
    public static final String LIST_SEPARATOR = "، ";
    public static final String BACK_TO_TEXT = "العودة إلى موضع الإحالة ";
    public static final String COVER_ALT = "غلاف: ";

    private Labels() {
    }
}
