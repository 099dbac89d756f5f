package com.nexuscrm.search;

import com.nexuscrm.domain.RecordRef;
import java.io.IOException;
import java.text.BreakIterator;
import java.util.Locale;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * The workspace's full-text index, in memory only ({@link ByteBuffersDirectory}): a plaintext index on disk
 * would leak the encrypted workspace. {@link IndexSnapshot} persists it encrypted. Searches run concurrently
 * with updates (a {@link SearcherManager} over the writer); updates are serialised by the caller.
 */
public final class SearchIndex implements AutoCloseable {
    static final String ID = "id";
    static final String KIND = "kind";
    static final String TARGET = "target";
    static final String UPDATED = "updated";
    static final String WATERMARK = "watermark";
    private static final FieldType TEXT = textType();

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    /** Each indexed entry's {@code updatedAt}: what an update compares with the records. */
    private final Map<UUID, Long> ids = new HashMap<>();
    private volatile long watermark;

    private SearchIndex(Directory directory, boolean existing) throws IOException {
        this.directory = directory;
        IndexWriterConfig config = new IndexWriterConfig(SearchQuery.ANALYZER)
                .setOpenMode(existing ? IndexWriterConfig.OpenMode.APPEND : IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(64);
        this.writer = new IndexWriter(directory, config);
        this.searchers = new SearcherManager(writer, null);
        if (existing) {
            watermark = Long.parseLong(SegmentInfos.readLatestCommit(directory).getUserData().getOrDefault(WATERMARK, "0"));
            readIds();
        }
    }

    /** An empty index. */
    public static SearchIndex empty() {
        try {
            return new SearchIndex(new ByteBuffersDirectory(), false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An index over files read back from a snapshot; throws when they are not a whole index. */
    static SearchIndex over(Directory files) throws IOException {
        return new SearchIndex(files, true);
    }

    /** The highest {@code updatedAt} of the records this index holds (what an incremental update starts after). */
    public long watermark() { return watermark; }

    public void setWatermark(long watermark) { this.watermark = watermark; }

    /**
     * Each indexed entry's {@code updatedAt}: an update re-indexes a record whose time differs (a pulled record
     * may carry an older time than the newest local edit, so a watermark alone would miss it) and drops the ids
     * no longer live.
     */
    public Map<UUID, Long> indexed() {
        synchronized (ids) {
            return Map.copyOf(ids);
        }
    }

    public int size() {
        synchronized (ids) {
            return ids.size();
        }
    }

    /** Adds or replaces entries, then makes them searchable. */
    public void put(Collection<SearchEntry> entries) {
        try {
            for (SearchEntry e : entries) {
                writer.updateDocument(new Term(ID, e.id().toString()), document(e));
            }
            synchronized (ids) {
                entries.forEach(e -> ids.put(e.id(), e.updatedAt()));
            }
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void remove(Collection<UUID> removed) {
        try {
            for (UUID id : removed) {
                writer.deleteDocuments(new Term(ID, id.toString()));
            }
            synchronized (ids) {
                removed.forEach(ids::remove);
            }
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The best {@code limit} hits for what the user typed, with highlighted title and snippet. */
    public List<SearchHit> search(String typed, Set<SearchKind> kinds, int limit) {
        Query query = SearchQuery.of(typed, kinds);
        if (query == null) {
            return List.of();
        }
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                TopDocs top = searcher.search(query, limit);
                return hits(searcher, query, top);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bare Lucene query, no highlighting or result building: the benchmark's baseline. */
    public int countTop(String typed, int limit) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return searcher.search(SearchQuery.of(typed, Set.of()), limit).scoreDocs.length;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<SearchHit> hits(IndexSearcher searcher, Query query, TopDocs top) throws IOException {
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, SearchQuery.ANALYZER)
                .withFormatter(new DefaultPassageFormatter(String.valueOf(SearchHit.START), String.valueOf(SearchHit.END), "… ", false))
                .withMaxLength(SearchQuery.MAX_TEXT)
                // Passages of about 160 characters around a match, by word: a transcript has no sentences to cut at.
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getWordInstance(Locale.ROOT), 160, 0.5f))
                .build();
        String[] fields = {SearchQuery.TITLE, SearchQuery.FIELDS, SearchQuery.BODY};
        Map<String, String[]> marked = highlighter.highlightFields(fields, query, top, new int[] {1, 1, 2});
        List<SearchHit> out = new ArrayList<>();
        for (int i = 0; i < top.scoreDocs.length; i++) {
            ScoreDoc sd = top.scoreDocs[i];
            Document d = searcher.storedFields().document(sd.doc);
            String title = marked.get(SearchQuery.TITLE)[i];
            String snippet = marked.get(SearchQuery.BODY)[i];
            if (snippet == null) {
                snippet = marked.get(SearchQuery.FIELDS)[i];
            }
            if (snippet == null) {
                snippet = shorten(d.get(SearchQuery.FIELDS));
            }
            out.add(new SearchHit(SearchKind.valueOf(d.get(KIND)), UUID.fromString(d.get(ID)), target(d.get(TARGET)),
                    SearchHit.spans(title != null ? title : d.get(SearchQuery.TITLE)), SearchHit.spans(snippet), sd.score));
        }
        return out;
    }

    private static String shorten(String text) {
        return text == null || text.length() <= 160 ? text : text.substring(0, 160) + "…";
    }

    private static Document document(SearchEntry e) {
        Document d = new Document();
        d.add(new StringField(ID, e.id().toString(), Field.Store.YES));
        d.add(new StringField(KIND, e.kind().name(), Field.Store.YES));
        if (e.target() != null) {
            d.add(new StoredField(TARGET, e.target().kind().name() + ":" + e.target().id()));
        }
        d.add(new StoredField(UPDATED, e.updatedAt()));
        d.add(new SortedDocValuesField(ID, new BytesRef(e.id().toString())));
        d.add(new NumericDocValuesField(UPDATED, e.updatedAt()));
        d.add(new Field(SearchQuery.TITLE, e.title(), TEXT));
        d.add(new Field(SearchQuery.FIELDS, e.fields(), TEXT));
        String body = e.body().length() > SearchQuery.MAX_TEXT ? e.body().substring(0, SearchQuery.MAX_TEXT) : e.body();
        d.add(new Field(SearchQuery.BODY, body, TEXT));
        return d;
    }

    private static RecordRef target(String stored) {
        if (stored == null) {
            return null;
        }
        int colon = stored.indexOf(':');
        return new RecordRef(RecordRef.Kind.valueOf(stored.substring(0, colon)), UUID.fromString(stored.substring(colon + 1)));
    }

    private static FieldType textType() {
        FieldType t = new FieldType();
        t.setTokenized(true);
        t.setStored(true);
        // Offsets in the postings let the highlighter skip re-analysing a long document for its snippet.
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        t.freeze();
        return t;
    }

    /** The live documents' ids and times, from doc values (a deleted document stays in its segment until a merge). */
    private void readIds() throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                Bits live = leaf.reader().getLiveDocs();
                SortedDocValues idValues = DocValues.getSorted(leaf.reader(), ID);
                NumericDocValues times = DocValues.getNumeric(leaf.reader(), UPDATED);
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    if ((live == null || live.get(doc)) && idValues.advanceExact(doc) && times.advanceExact(doc)) {
                        ids.put(UUID.fromString(idValues.lookupOrd(idValues.ordValue()).utf8ToString()), times.longValue());
                    }
                }
            }
        }
    }

    /** Commits (with the watermark) and returns the directory, whose files a snapshot copies. */
    Directory committed() throws IOException {
        writer.setLiveCommitData(Map.of(WATERMARK, Long.toString(watermark)).entrySet());
        writer.commit();
        return directory;
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
