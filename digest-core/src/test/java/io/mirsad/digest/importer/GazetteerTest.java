package io.mirsad.digest.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mirsad.digest.Inline;
import io.mirsad.digest.Section;
import io.mirsad.digest.SourceKind;
import io.mirsad.digest.internal.importer.NameFolder;
import io.mirsad.digest.text.ArabicText;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerTest {

    @Test
    void defaultsCoverTheBestKnownInstitutesWorldwideAndInTheArabWorld() {
        Gazetteer g = Gazetteer.defaults();
        assertThat(g.size()).isGreaterThanOrEqualTo(150);
        assertThat(g.entries().stream().map(GazetteerEntry::id))
                .doesNotHaveDuplicates()
                .contains(
                        "csis",
                        "chatham-house",
                        "cepa",
                        "cfr",
                        "iiss",
                        "sipri",
                        "crisis-group",
                        "ecfr",
                        "wilson-center",
                        "brookings",
                        "carnegie",
                        "rand",
                        "atlantic-council",
                        "heritage",
                        "aei",
                        "hudson",
                        "stimson",
                        "quincy",
                        "washington-institute",
                        "mei",
                        "gmf",
                        "swp",
                        "ifri",
                        "clingendael",
                        "rusi",
                        "bruegel",
                        "lowy",
                        "ahram-center",
                        "aljazeera-centre",
                        "arab-center-dc",
                        "doha-institute",
                        "epc",
                        "kfcris",
                        "grc",
                        "carnegie-mec",
                        "ifi",
                        "ecss",
                        "rasanah",
                        "trends",
                        "ifpri",
                        "iwmi",
                        "kas",
                        "fes",
                        "carnegie-europe",
                        "carnegie-russia",
                        "carnegie-china",
                        "carnegie-india",
                        "kapsarc",
                        "oies",
                        "iea",
                        "arab-barometer");
        for (GazetteerEntry e : g.entries()) {
            assertThat(ArabicText.containsArabic(e.arabicName())).as(e.id()).isTrue();
            assertThat(e.latinName()).as(e.id()).isNotBlank();
            assertThat(URI.create(e.url()).getScheme()).as(e.id()).isEqualTo("https");
        }
    }

    @Test
    void everyEntryIsWellFormedAndNamesNoOtherEntrysInstitution() {
        Gazetteer g = Gazetteer.defaults();
        Map<String, String> latin = new HashMap<>();
        Map<String, String> urls = new HashMap<>();
        Map<String, String> acronyms = new HashMap<>();
        for (GazetteerEntry e : g.entries()) {
            assertThat(latin.put(e.latinName().toLowerCase(java.util.Locale.ROOT), e.id()))
                    .as("Latin name of %s", e.id())
                    .isNull();
            assertThat(urls.put(
                            URI.create(e.url()).getHost() + URI.create(e.url()).getPath(), e.id()))
                    .as("URL of %s", e.id())
                    .isNull();
            for (String a : e.acronyms()) {
                assertThat(acronyms.put(a.toLowerCase(java.util.Locale.ROOT), e.id()))
                        .as("acronym %s of %s", a, e.id())
                        .isIn(null, e.id());
                assertThat(a).as("acronym of %s", e.id()).matches("[A-Za-z][A-Za-z0-9&\\-]*");
            }
            List<String> names = new java.util.ArrayList<>(e.variants());
            names.add(e.arabicName());
            assertThat(names).as("names of %s", e.id()).allSatisfy(n -> {
                assertThat(n).isEqualTo(n.strip()).doesNotContain("  ", "\t", "|");
                assertThat(ArabicText.containsArabic(n) || n.matches("[\\p{IsLatin} .&'\\-]+"))
                        .isTrue();
            });
            assertThat(new HashSet<>(names.stream().map(NameFolder::foldPhrase).toList()))
                    .as("variants of %s", e.id())
                    .hasSize(names.size());
        }
    }

    @Test
    void noTwoInstitutionsShareANameOnceFolded() {
        Map<String, String> owner = new HashMap<>();
        for (Citations.Name name : Citations.all()) {
            String previous = owner.putIfAbsent(NameFolder.foldPhrase(name.text()), name.sourceId());
            assertThat(previous == null || previous.equals(name.sourceId()))
                    .as("'%s' names both %s and %s", name.text(), previous, name.sourceId())
                    .isTrue();
        }
    }

    @Test
    void everyNameVariantAndAcronymFormIsAttributedToItsEntry() {
        PageImporter importer = PageImporter.defaults();
        for (Citations.Name name : Citations.all()) {
            Section s = importer.importPage(
                            "عنوان العدد\nكاتب العدد\nسلسلة\nوذكر " + name.text() + " في تقريره أن الأرقام تغيرت.\n")
                    .digest()
                    .sections()
                    .get(0);
            assertThat(s.sources()).as(name.text()).containsExactly(name.sourceId());
            assertThat(s.paragraphs().get(0).runs())
                    .as(name.text())
                    .contains(new Inline.SourceRef(name.text(), name.sourceId()));
        }
    }

    @Test
    void builderReplacesAnEntryWithTheSameIdInPlace() {
        GazetteerEntry mine = new GazetteerEntry(
                "csis",
                "مركز الدراسات الاستراتيجية والدولية",
                List.of(),
                "CSIS",
                List.of(),
                "https://example.org",
                SourceKind.THINK_TANK);
        Gazetteer g = Gazetteer.builder()
                .addAll(Gazetteer.defaults())
                .add(mine)
                .add(GazetteerEntry.of("nile-forum", "منتدى النيل للسياسات"))
                .build();
        assertThat(g.size()).isEqualTo(Gazetteer.defaults().size() + 1);
        assertThat(g.entries().get(0)).isEqualTo(mine);
        assertThat(g.entry("nile-forum")).isPresent();
        assertThat(Gazetteer.defaults().entry("csis").orElseThrow().url()).isEqualTo("https://www.csis.org");
    }

    @Test
    void entriesRejectIdsThatAreNotSlugs() {
        assertThatThrownBy(() -> GazetteerEntry.of("Chatham House", "تشاتام هاوس"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("slug");
        assertThatThrownBy(() -> GazetteerEntry.of("x", " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no Arabic name");
    }

    @Test
    void loadsUserEntriesFromTsvAndFindsThemInPages(@TempDir Path dir) throws IOException {
        Path tsv = dir.resolve("mine.tsv");
        Files.writeString(
                tsv,
                String.join(
                        "\n",
                        "# my institutes",
                        "id\tkind\tname\tvariants\tnameLatin\tacronyms\turl",
                        "nile-forum\tthink-tank\tمنتدى النيل للسياسات\tملتقى النيل للسياسات | منتدى النيل\tNile Policy Forum\tNPF\thttps://nile.example",
                        "desert-lab\t\tمختبر الصحراء\t\t\t\t",
                        ""));
        Gazetteer mine = Gazetteer.load(tsv);
        assertThat(mine.entries()).extracting(GazetteerEntry::id).containsExactly("nile-forum", "desert-lab");
        GazetteerEntry nile = mine.entry("nile-forum").orElseThrow();
        assertThat(nile.variants()).containsExactly("ملتقى النيل للسياسات", "منتدى النيل");
        assertThat(nile.acronyms()).containsExactly("NPF");
        assertThat(nile.kind()).isEqualTo(SourceKind.THINK_TANK);
        assertThat(mine.entry("desert-lab").orElseThrow().kind()).isEqualTo(SourceKind.OTHER);

        PageImporter importer = PageImporter.builder()
                .gazetteer(Gazetteer.builder()
                        .addAll(Gazetteer.defaults())
                        .addAll(mine)
                        .build())
                .build();
        var digest = importer.importPage("عنوان\nكاتب\nسلسلة\nوأشار ملتقى النيل للسياسات إلى أن الموسم جاف.\n"
                        + "أما مختبر الصحراء فيرى غير ذلك.\n")
                .digest();
        assertThat(digest.sections().get(0).sources()).containsExactly("nile-forum", "desert-lab");
        assertThat(digest.source("nile-forum").orElseThrow().name()).isEqualTo("منتدى النيل للسياسات");
    }

    @Test
    void loadsUserEntriesFromJson(@TempDir Path dir) throws IOException {
        Path json = dir.resolve("mine.json");
        Files.writeString(json, """
                [
                  {"id": "nile-forum", "name": "منتدى النيل للسياسات", "variants": ["منتدى النيل"],
                   "nameLatin": "Nile Policy Forum", "acronyms": ["NPF"], "url": "https://nile.example", "kind": "think-tank"},
                  {"id": "desert-lab", "name": "مختبر الصحراء"}
                ]
                """);
        Gazetteer mine = Gazetteer.load(json);
        assertThat(mine.entries()).extracting(GazetteerEntry::id).containsExactly("nile-forum", "desert-lab");
        assertThat(mine.entry("nile-forum").orElseThrow().toSource().nameLatin())
                .isEqualTo("Nile Policy Forum");
    }

    @Test
    void malformedFilesAreReportedWithFileAndLine(@TempDir Path dir) throws IOException {
        Path columns = dir.resolve("columns.tsv");
        Files.writeString(columns, "id\tkind\tname\tvariants\tnameLatin\tacronyms\turl\nx\tother\tاسم\n");
        assertThatThrownBy(() -> Gazetteer.load(columns))
                .isInstanceOf(GazetteerFormatException.class)
                .hasMessageContaining("columns.tsv:2")
                .hasMessageContaining("expected 7");

        Path header = dir.resolve("header.tsv");
        Files.writeString(header, "x\tother\tاسم\t\t\t\t\n");
        assertThatThrownBy(() -> Gazetteer.load(header))
                .isInstanceOf(GazetteerFormatException.class)
                .hasMessageContaining("header.tsv:1")
                .hasMessageContaining("header");

        Path kind = dir.resolve("kind.tsv");
        Files.writeString(kind, "id\tkind\tname\tvariants\tnameLatin\tacronyms\turl\nx\tthinktank\tاسم\t\t\t\t\n");
        assertThatThrownBy(() -> Gazetteer.load(kind))
                .isInstanceOf(GazetteerFormatException.class)
                .hasMessageContaining("kind.tsv:2")
                .hasMessageContaining("thinktank");

        Path twice = dir.resolve("twice.tsv");
        Files.writeString(
                twice, "id\tkind\tname\tvariants\tnameLatin\tacronyms\turl\nx\t\tاسم\t\t\t\t\nx\t\tاسم آخر\t\t\t\t\n");
        assertThatThrownBy(() -> Gazetteer.load(twice))
                .isInstanceOf(GazetteerFormatException.class)
                .hasMessage(twice + ":3: duplicate id 'x'");

        Path json = dir.resolve("broken.json");
        Files.writeString(json, "[\n  {\"id\": \"x\",\n  \"name\": }\n]");
        assertThatThrownBy(() -> Gazetteer.load(json))
                .isInstanceOf(GazetteerFormatException.class)
                .hasMessageContaining("broken.json:3:");

        Path other = dir.resolve("entries.csv");
        Files.writeString(other, "id,name\n");
        assertThatThrownBy(() -> Gazetteer.load(other))
                .isInstanceOf(GazetteerFormatException.class)
                .hasMessageContaining(".tsv or .json");
    }

    @Test
    void withAnEmptyGazetteerOnlyInstitutionsNamedAfterAReportingPhraseAreFound() {
        PageImporter importer =
                PageImporter.builder().gazetteer(Gazetteer.empty()).build();
        var digest = importer.importPage("عنوان\nكاتب\nسلسلة\nوذكر معهد هدسون أن الأسعار ترتفع.\n"
                        + "وتتفق معه أرقام مجلس العلاقات الخارجية (CFR).\n")
                .digest();
        assertThat(digest.sources()).extracting(io.mirsad.digest.Source::name).containsExactly("معهد هدسون");
        assertThat(digest.sources().get(0).id()).isNotEqualTo("hudson").matches("[a-z0-9-]+");
    }

    @Test
    void latinAcronymsMatchOnlyInTheirOwnCase() {
        PageImporter importer = PageImporter.defaults();
        Set<String> cited = new HashSet<>(importer.importPage(
                        "عنوان\nكاتب\nسلسلة\nوتشير أرقام SIPRI إلى زيادة، بينما لا يذكر تقرير sipri الجديد شيئًا.\n")
                .digest()
                .sections()
                .get(0)
                .sources());
        assertThat(cited).containsExactly("sipri");
        assertThat(importer.importPage("عنوان\nكاتب\nسلسلة\nكتب باحث عن csis في مدونته.\n")
                        .digest()
                        .sources())
                .isEmpty();
    }
}
