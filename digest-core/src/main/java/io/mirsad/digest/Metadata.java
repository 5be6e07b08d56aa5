package io.mirsad.digest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a digest says about itself.
 *
 * @param title       the edition's title (required)
 * @param subtitle    a subtitle, or {@code null}
 * @param series      the series the edition belongs to ("مرصد مراكز الأبحاث"), or {@code null}
 * @param authors     the byline, in order
 * @param contributors the edition's editors and translators, in order
 * @param publisher   the publisher, or {@code null}
 * @param published   the publication date, or {@code null}
 * @param language    a BCP 47 language tag such as {@code ar} or {@code ar-EG}
 * @param direction   the base writing direction
 * @param identifier  a unique identifier (URN, ISBN, URL), or {@code null}
 * @param rights      a rights statement, or {@code null}
 * @param description a short description, or {@code null}
 * @param keywords    subject keywords
 */
public record Metadata(
        String title,
        String subtitle,
        String series,
        List<String> authors,
        List<Contributor> contributors,
        String publisher,
        LocalDate published,
        String language,
        Direction direction,
        String identifier,
        String rights,
        String description,
        List<String> keywords) {

    public Metadata {
        authors = List.copyOf(authors);
        contributors = List.copyOf(contributors);
        keywords = List.copyOf(keywords);
        language = language == null ? "ar" : language;
        direction = direction == null ? Direction.forLanguage(language) : direction;
    }

    /** A copy with another publication date. */
    public Metadata withPublished(LocalDate date) {
        return new Metadata(
                title,
                subtitle,
                series,
                authors,
                contributors,
                publisher,
                date,
                language,
                direction,
                identifier,
                rights,
                description,
                keywords);
    }

    /** Starts metadata for an Arabic digest. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link Metadata}. */
    public static final class Builder {
        private String title;
        private String subtitle;
        private String series;
        private final List<String> authors = new ArrayList<>();
        private final List<Contributor> contributors = new ArrayList<>();
        private String publisher;
        private LocalDate published;
        private String language = "ar";
        private Direction direction;
        private String identifier;
        private String rights;
        private String description;
        private final List<String> keywords = new ArrayList<>();

        private Builder() {}

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder subtitle(String subtitle) {
            this.subtitle = subtitle;
            return this;
        }

        public Builder series(String series) {
            this.series = series;
            return this;
        }

        public Builder author(String author) {
            authors.add(Objects.requireNonNull(author, "author"));
            return this;
        }

        public Builder authors(List<String> authors) {
            this.authors.clear();
            this.authors.addAll(authors);
            return this;
        }

        public Builder contributor(Contributor contributor) {
            contributors.add(Objects.requireNonNull(contributor, "contributor"));
            return this;
        }

        public Builder contributors(List<Contributor> contributors) {
            this.contributors.clear();
            this.contributors.addAll(contributors);
            return this;
        }

        public Builder publisher(String publisher) {
            this.publisher = publisher;
            return this;
        }

        public Builder published(LocalDate published) {
            this.published = published;
            return this;
        }

        public Builder language(String languageTag) {
            this.language = languageTag;
            return this;
        }

        /** Sets the base direction; left unset, it follows the language. */
        public Builder direction(Direction direction) {
            this.direction = direction;
            return this;
        }

        public Builder identifier(String identifier) {
            this.identifier = identifier;
            return this;
        }

        public Builder rights(String rights) {
            this.rights = rights;
            return this;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        public Builder keyword(String keyword) {
            keywords.add(Objects.requireNonNull(keyword, "keyword"));
            return this;
        }

        public Builder keywords(List<String> keywords) {
            this.keywords.clear();
            this.keywords.addAll(keywords);
            return this;
        }

        public Metadata build() {
            return new Metadata(
                    title,
                    subtitle,
                    series,
                    authors,
                    contributors,
                    publisher,
                    published,
                    language,
                    direction,
                    identifier,
                    rights,
                    description,
                    keywords);
        }
    }
}
