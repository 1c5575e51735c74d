package org.panel4j.server.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.jspecify.annotations.Nullable;
import org.panel4j.session.internal.DownloadSource;
import org.panel4j.session.internal.SessionCore;
import org.panel4j.session.internal.Transfer;
import org.panel4j.session.internal.TransferException;
import org.panel4j.session.internal.Transfers;
import org.panel4j.session.internal.UploadReceiver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves a session's one-time transfer links (docs/protocol.md, "Files"): {@code POST} of an upload's
 * next chunk, {@code GET} of a prepared download. The request names its session by the page's CSRF
 * secret in {@value #CSRF_HEADER}, from the session's user; the token must be open in that session.
 * Another session's token or an unknown one is 404, a spent one or an ended session 410; an upload's
 * refusal (out of order, over its size) drops the whole upload.
 */
final class TransferHandler extends Handler.Abstract {

    /** Where transfer links live: {@code PATH + token}. */
    static final String PATH = "/_panel4j/transfer/";

    /** The header carrying the page's CSRF secret. */
    static final String CSRF_HEADER = "X-Panel4j-Csrf";

    /** The largest chunk one request may carry, by its Content-Length (the page sends 256 KiB). */
    static final long MAX_CHUNK = 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(TransferHandler.class);
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,15}");

    private final SessionRegistry registry;

    TransferHandler(SessionRegistry registry) {
        this.registry = registry;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String path = Request.getPathInContext(request);
        if (!path.startsWith(PATH)) {
            return false;
        }
        String csrf = request.getHeaders().get(CSRF_HEADER);
        if (csrf == null) {
            return plain(request, response, callback, 403, "A transfer needs the page's " + CSRF_HEADER + " header.");
        }
        Optional<LiveSession> found = registry.findByCsrf(csrf);
        if (found.isEmpty()) {
            LOG.debug("Transfer request for no live session");
            return plain(request, response, callback, 410, "This page's session has ended; reload the page.");
        }
        LiveSession live = found.get();
        if (!sameUser(live.session.principal().orElse(null), AccessGate.signedIn(request))) {
            return refuse(live, request, response, callback, 403, "The transfer belongs to another user's page.");
        }
        String token = path.substring(PATH.length());
        Transfers transfers = SessionCore.of(live.session).transfers();
        Transfers.State state = TOKEN.matcher(token).matches() ? transfers.state(token) : Transfers.State.UNKNOWN;
        Transfer transfer = state == Transfers.State.OPEN ? transfers.find(token) : null;
        if (transfer == null) {
            return state == Transfers.State.SPENT || state == Transfers.State.OPEN
                    ? refuse(live, request, response, callback, 410, "This link was used already or has expired.")
                    : refuse(live, request, response, callback, 404, "No such transfer in this session.");
        }
        return switch (transfer) {
            case DownloadSource download -> download(live, transfers, token, download, request, response, callback);
            case UploadReceiver upload -> upload(live, upload, request, response, callback);
        };
    }

    private boolean download(LiveSession live, Transfers transfers, String token, DownloadSource download,
                             Request request, Response response, Callback callback) {
        if (!HttpMethod.GET.is(request.getMethod())) {
            return refuse(live, request, response, callback, 405, "A download is fetched with GET.");
        }
        if (transfers.spend(token) == null) {
            return refuse(live, request, response, callback, 410, "This link was used already or has expired.");
        }
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, download.mimeType());
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.getHeaders().put(HttpHeader.CONTENT_DISPOSITION, ContentDisposition.attachment(download.filename()));
        if (download.length() >= 0) {
            response.getHeaders().put(HttpHeader.CONTENT_LENGTH, download.length());
        }
        // the body stream is closed only on success: closing it ends the body, so a failed one would look complete
        OutputStream out = Content.Sink.asOutputStream(response);
        try (InputStream in = download.open()) {
            in.transferTo(out);
            out.close();
        } catch (IOException | RuntimeException e) {
            LOG.info("Session {}: serving a download failed: {}", live.session.shortId(), e.toString());
            callback.failed(e);
            return true;
        }
        callback.succeeded();
        return true;
    }

    private boolean upload(LiveSession live, UploadReceiver upload, Request request, Response response,
                           Callback callback) {
        if (!HttpMethod.POST.is(request.getMethod())) {
            return refuse(live, request, response, callback, 405, "An upload chunk is sent with POST.");
        }
        Fields query = Request.extractQueryParameters(request);
        String file = query.getValue("file");
        String offset = query.getValue("offset");
        if (file == null || offset == null || !NUMBER.matcher(file).matches() || !NUMBER.matcher(offset).matches()) {
            upload.abort("a chunk without file and offset");
            return refuse(live, request, response, callback, 400, "A chunk needs ?file=N&offset=N; the upload was dropped.");
        }
        if (request.getLength() > MAX_CHUNK) {
            upload.abort("a chunk over " + MAX_CHUNK + " bytes");
            return refuse(live, request, response, callback, 413, "A chunk may carry at most " + MAX_CHUNK
                    + " bytes; the upload was dropped.");
        }
        UploadReceiver.Progress progress;
        try (InputStream body = Content.Source.asInputStream(request)) {
            progress = upload.receive(Integer.parseInt(file), Long.parseLong(offset), body);
        } catch (TransferException e) {
            return refuse(live, request, response, callback, e.status(), e.getMessage());
        } catch (IOException e) { // the receiver dropped the upload already
            return refuse(live, request, response, callback, 400, "The chunk could not be read; the upload was dropped.");
        }
        String json = "{\"received\":" + progress.received() + ",\"complete\":" + progress.complete() + "}";
        Responses.send(response, callback, 200, "application/json", json.getBytes(StandardCharsets.UTF_8));
        return true;
    }

    private static boolean refuse(LiveSession live, Request request, Response response, Callback callback, int status,
                                  String message) {
        live.guard.refusedTransfer(status, message);
        return plain(request, response, callback, status, message);
    }

    /**
     * Answers a refusal. The unread rest of a chunk (at most {@link #MAX_CHUNK}) is read and dropped first, so
     * the connection stays usable; a larger body closes it, said in {@code Connection: close}.
     */
    private static boolean plain(Request request, Response response, Callback callback, int status, String message) {
        if (request.getLength() > MAX_CHUNK || !drain(request)) {
            response.getHeaders().put(HttpHeader.CONNECTION, "close");
        }
        Responses.send(response, callback, status, "text/plain; charset=utf-8", message);
        return true;
    }

    /** Reads and drops up to {@link #MAX_CHUNK} bytes of the body; true if that was all of it. */
    private static boolean drain(Request request) {
        try (InputStream in = Content.Source.asInputStream(request)) {
            var buffer = new byte[16 * 1024];
            long left = MAX_CHUNK;
            int n;
            while ((n = in.read(buffer, 0, (int) Math.min(buffer.length, left + 1))) >= 0) {
                left -= n;
                if (left < 0) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean sameUser(@Nullable Principal owner, @Nullable Principal user) {
        return owner == null ? user == null : user != null && owner.getName().equals(user.getName());
    }
}
