package io.mirsad.pdf.internal.layout;

import io.mirsad.digest.Digest;
import io.mirsad.digest.Metadata;
import io.mirsad.digest.Section;
import io.mirsad.digest.SectionKind;
import io.mirsad.digest.Source;
import io.mirsad.digest.json.DigestJson;
import io.mirsad.export.ExportOptions;
import io.mirsad.pdf.PdfExporter;
import io.mirsad.pdf.PdfLayout;
import io.mirsad.pdf.internal.Fixtures;
import io.mirsad.pdf.internal.itemize.Itemizer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Digests of chosen lengths, built from sentences written for these tests, and their page layouts. */
final class LayoutDigests {
    private static final String[] SENTENCES = {
        "يرى الباحثون أن أسعار الشحن عادت إلى الارتفاع بعد أن غيّرت السفن طرقها المعتادة حول القارة.",
        "وتشير الأرقام التي جمعها التقرير إلى أن الموانئ الصغيرة استفادت من الأزمة أكثر من الكبيرة.",
        "ويقترح المركز خطة من ثلاث مراحل تبدأ بتحسين شبكات الكهرباء في المدن الساحلية.",
        "ولا تخفي الدراسة أن التمويل يبقى العقبة الأولى أمام أي إصلاح طويل الأمد.",
        "وقد ارتفع الطلب على الحبوب في المنطقة بنحو 12 في المئة خلال عامين متتاليين.",
        "ويخلص الكاتب إلى أن التعاون بين دول الحوض أقل كلفة من التنافس على الموارد الشحيحة.",
        "وتذكّر الورقة بأن المياه الجوفية تنخفض عامًا بعد عام في معظم السهول الزراعية.",
        "أما المفاوضات الجارية فلا تزال تتعثر عند مسألة توزيع الحصص بين المنبع والمصب.",
        "ويضيف التقرير أن الاستثمار في تحلية المياه صار أرخص مما كان عليه قبل عقد واحد.",
        "وتختم المؤسسة دراستها بدعوة الحكومات إلى نشر بياناتها كاملة حتى يسهل التحقق منها.",
    };
    private static final String[] HEADLINES = {
        "الموانئ الصغيرة تربح من أزمة الملاحة",
        "خطة من ثلاث مراحل لشبكات الكهرباء",
        "المياه الجوفية في تراجع مستمر",
        "مفاوضات الحصص المائية تتعثر من جديد",
    };

    private LayoutDigests() {}

    /**
     * A digest of {@code sections} stories, each with paragraphs of the given numbers of sentences
     * (cycled), a headline and a source line.
     */
    static Digest digest(int sections, int[] sentencesPerParagraph, int paragraphsPerSection) {
        Digest.Builder d = Digest.builder()
                .metadata(Metadata.builder()
                        .title("مرصد الاختبار الأسبوعي")
                        .series("نشرة تجريبية")
                        .author("فريق الاختبار")
                        .published(LocalDate.of(2026, 11, 29))
                        .identifier("urn:test:layout")
                        .build())
                .source(Source.of("a", "مركز الدراسات التجريبية"));
        int p = 0;
        for (int s = 0; s < sections; s++) {
            Section.Builder section = Section.builder(SectionKind.STORY)
                    .headline(HEADLINES[s % HEADLINES.length])
                    .source("a");
            for (int i = 0; i < paragraphsPerSection; i++, p++) {
                section.paragraph(paragraph(p, sentencesPerParagraph[p % sentencesPerParagraph.length]));
            }
            d.section(section.build());
        }
        return d.build();
    }

    /** A digest whose shape is drawn from {@code seed}: 1–7 sections of 1–4 paragraphs of 1–9 sentences. */
    static Digest random(long seed) {
        Random r = new Random(seed);
        int[] sentences = new int[12];
        for (int i = 0; i < sentences.length; i++) {
            sentences[i] = 1 + r.nextInt(9);
        }
        return digest(1 + r.nextInt(7), sentences, 1 + r.nextInt(4));
    }

    private static String paragraph(int number, int sentences) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(SENTENCES[(number * 3 + i) % SENTENCES.length]);
        }
        return sb.toString();
    }

    /** The bundled sample digest. */
    static Digest sample() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("../examples/sample/observatory.json"))) {
            return DigestJson.read(in);
        }
    }

    /** {@code pdf.*} options as the command line gives them. */
    static PdfLayout layout(String... keyValues) {
        ExportOptions.Builder b = ExportOptions.builder();
        for (int i = 0; i < keyValues.length; i += 2) {
            b.set(keyValues[i], keyValues[i + 1]);
        }
        return new PdfExporter().layout(b.build());
    }

    /** Lays the digest out, writing the PDF nowhere, and returns its pages. */
    static List<PageLayout> pages(Digest digest, PdfLayout layout) throws IOException {
        Typesetter typesetter = new Typesetter(new Itemizer(Fixtures.FACES), layout.kashida());
        List<PageLayout> pages = new ArrayList<>();
        new EditionLayout(digest, layout, typesetter, true).write(OutputStream.nullOutputStream(), pages::add);
        return pages;
    }
}
