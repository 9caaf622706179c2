package org.mingyuan.platform.policy.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.jspecify.annotations.Nullable;

/**
 * The full-text index of published policies, in memory: Chinese text analysed by Lucene's smartcn (words are not
 * separated by spaces, so 房租 finds 房租补贴), English by the same analyzer's Latin handling. The query text is only
 * ever analysed into terms, never parsed, so Lucene syntax in it is plain text. Thread-safe.
 */
public final class PolicyIndex implements AutoCloseable {

    /** What a policy document holds. */
    public record Entry(
            long id,
            String title,
            String text,
            String level,
            List<String> departments,
            List<String> tags,
            List<String> parks) {}

    /** The filters of a search; null or empty means no filter. */
    public record Filter(
            @Nullable String level,
            @Nullable String department,
            @Nullable String tag,
            @Nullable String park) {}

    private final Analyzer analyzer = new SmartChineseAnalyzer();
    private final IndexWriter writer;
    private final SearcherManager searchers;

    public PolicyIndex() {
        try {
            writer = new IndexWriter(new ByteBuffersDirectory(), new IndexWriterConfig(analyzer));
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("policy index cannot be opened", e);
        }
    }

    /** Replaces the whole index. */
    public synchronized void rebuild(List<Entry> entries) {
        try {
            writer.deleteAll();
            for (Entry entry : entries) {
                writer.addDocument(document(entry));
            }
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("policy index cannot be rebuilt", e);
        }
    }

    /** Adds or replaces one policy; null removes it. */
    public synchronized void put(long id, @Nullable Entry entry) {
        try {
            if (entry == null) {
                writer.deleteDocuments(new Term("key", Long.toString(id)));
            } else {
                writer.updateDocument(new Term("key", Long.toString(id)), document(entry));
            }
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("policy index cannot be updated", e);
        }
    }

    private static Document document(Entry entry) {
        Document doc = new Document();
        doc.add(new StringField("key", Long.toString(entry.id()), Field.Store.NO));
        doc.add(new StoredField("policy", entry.id()));
        doc.add(new TextField("title", entry.title(), Field.Store.NO));
        doc.add(new TextField("text", entry.text(), Field.Store.NO));
        doc.add(new StringField("level", entry.level(), Field.Store.NO));
        entry.departments().forEach(d -> doc.add(new StringField("department", d, Field.Store.NO)));
        entry.tags().forEach(t -> doc.add(new StringField("tag", t, Field.Store.NO)));
        entry.parks().forEach(p -> doc.add(new StringField("park", p, Field.Store.NO)));
        return doc;
    }

    /** The ids of the policies that hold every word of {@code text} and pass the filter, best first. */
    public List<Long> search(String text, Filter filter, int limit) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        List<String> words = words(text);
        if (words.isEmpty()) {
            query.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        for (String word : words) {
            query.add(
                    new BooleanQuery.Builder()
                            .add(new BoostQuery(new TermQuery(new Term("title", word)), 3f), Occur.SHOULD)
                            .add(new TermQuery(new Term("text", word)), Occur.SHOULD)
                            .build(),
                    Occur.MUST);
        }
        filter(query, "level", filter.level());
        filter(query, "department", filter.department());
        filter(query, "tag", filter.tag());
        filter(query, "park", filter.park());
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                List<Long> ids = new ArrayList<>();
                for (ScoreDoc hit : searcher.search(query.build(), limit).scoreDocs) {
                    ids.add(searcher.storedFields()
                            .document(hit.doc)
                            .getField("policy")
                            .numericValue()
                            .longValue());
                }
                return ids;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("policy index cannot be searched", e);
        }
    }

    private static void filter(BooleanQuery.Builder query, String field, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            Query term = new TermQuery(new Term(field, value.strip()));
            query.add(term, Occur.FILTER);
        }
    }

    /** The distinct terms the analyzer makes of {@code text}, in order. */
    public List<String> words(String text) {
        List<String> words = new ArrayList<>();
        try (TokenStream tokens = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                String word = term.toString();
                if (!word.isBlank() && !words.contains(word)) {
                    words.add(word);
                }
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
    }
}
