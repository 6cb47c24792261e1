package app.dossier.phone;

import app.dossier.domain.DefectKind;
import app.dossier.domain.DossierException;
import app.dossier.domain.Order;
import app.dossier.domain.PackagingCondition;
import app.dossier.domain.ReceivingRecord;
import app.dossier.domain.guidance.SamplePlan;
import app.dossier.service.GuidanceService;
import app.dossier.service.OrderSummary;
import app.dossier.service.ReceivingFromPhone;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Answers the phone: the page under {@code /r/<token>/}, and its few requests (orders waiting for
 * goods, the sample plan, photos, Save). Nothing else is served: a wrong token, a path outside these,
 * a method these do not take is refused and changes nothing.
 */
final class PhoneRequests implements HttpHandler {
    private static final Pattern ADDRESS = Pattern.compile("/r/([A-Za-z0-9_-]{1,100})/(.*)");
    private static final Pattern ORDER = Pattern.compile("api/orders/(\\d{1,18})");
    private static final Pattern PLAN = Pattern.compile("api/orders/(\\d{1,18})/sample-plan");
    private static final Pattern SAVE = Pattern.compile("api/orders/(\\d{1,18})/receiving");
    private static final Pattern PHOTO = Pattern.compile("api/photos/([A-Za-z0-9_-]{1,64})");
    private static final Map<String, String> FILES = Map.of(
            "", "index.html", "index.html", "index.html", "page.js", "page.js", "page.css", "page.css");
    private static final Map<String, String> TYPES = Map.of(
            "index.html", "text/html; charset=utf-8", "page.js", "text/javascript; charset=utf-8",
            "page.css", "text/css; charset=utf-8");
    private static final long LARGEST_FORM = 256 * 1024;
    private static final DateTimeFormatter LOCAL_INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private final Supplier<AccessToken> token;
    private final BadTokenBrake brake;
    private final ReceivingFromPhone phone;
    private final GuidanceService guidance;
    private final Clock clock;
    private final Consumer<SavedFromPhone> saved;
    private final ObjectMapper json = new ObjectMapper();
    private final ScheduledExecutorService later;

    /** {@code later}: the timer that answers strangers once their wait is over. */
    PhoneRequests(Supplier<AccessToken> token, BadTokenBrake brake, ReceivingFromPhone phone, GuidanceService guidance,
            Clock clock, Consumer<SavedFromPhone> saved, ScheduledExecutorService later) {
        this.later = later;
        this.token = token;
        this.brake = brake;
        this.phone = phone;
        this.guidance = guidance;
        this.clock = clock;
        this.saved = saved;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        Matcher address = ADDRESS.matcher(exchange.getRequestURI().getRawPath());
        AccessToken current = token.get();
        if (!address.matches() || current == null || !current.matches(address.group(1))) {
            refuseStranger(exchange);
            return;
        }
        try (exchange) {
            Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
            PageWords words = new PageWords(PageLanguage.of(query.get("lang"),
                    exchange.getRequestHeaders().getFirst("Accept-Language")));
            try {
                answer(exchange, address.group(2), query, words);
            } catch (ReceivingFromPhone.PhotosGone e) {
                send(exchange, 409, Map.of("error", e.wording().orElseThrow().in(words.words()),
                        "missingPhotos", e.ids()));
            } catch (DossierException e) {
                send(exchange, e.wording().map(w -> w.refusal().name()).map(PhoneRequests::statusOf).orElse(422),
                        Map.of("error", e.wording().map(w -> w.in(words.words())).orElse(e.getMessage())));
            } catch (NumberFormatException | IOException e) {
                send(exchange, 400, Map.of("error", words.get("server.badRequest")));
            } catch (RuntimeException e) {
                send(exchange, 500, Map.of("error", words.get("server.failed", String.valueOf(e.getMessage()))));
            }
        }
    }

    private void answer(HttpExchange exchange, String path, Map<String, String> query, PageWords words)
            throws IOException {
        String method = exchange.getRequestMethod();
        Matcher m;
        if (method.equals("GET") && FILES.containsKey(path)) {
            sendFile(exchange, FILES.get(path));
        } else if (method.equals("GET") && path.equals("api/words")) {
            send(exchange, 200, Map.of("lang", words.language().tag(), "words", words.all()));
        } else if (method.equals("GET") && path.equals("api/orders")) {
            List<Map<String, Object>> list = new ArrayList<>();
            for (OrderSummary s : phone.waiting(query.getOrDefault("q", ""))) {
                list.add(order(s, words));
            }
            send(exchange, 200, Map.of("orders", list));
        } else if (method.equals("GET") && (m = ORDER.matcher(path)).matches()) {
            send(exchange, 200, orderForm(phone.waitingOrder(Long.parseLong(m.group(1))), words));
        } else if (method.equals("GET") && (m = PLAN.matcher(path)).matches()) {
            send(exchange, 200, plan(phone.waitingOrder(Long.parseLong(m.group(1))).order(), query, words));
        } else if (method.equals("POST") && path.equals("api/photos")) {
            hold(exchange, query, words);
        } else if (method.equals("DELETE") && (m = PHOTO.matcher(path)).matches()) {
            phone.drop(m.group(1));
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(204, -1);
        } else if (method.equals("POST") && (m = SAVE.matcher(path)).matches()) {
            save(exchange, Long.parseLong(m.group(1)), words);
        } else {
            send(exchange, 404, Map.of("error", words.get("server.notHere")));
        }
    }

    /**
     * Anyone without the token hears nothing but "not found", and later each time they try again; the
     * wait is kept by a timer, not by one of the threads that answer the phones.
     */
    private void refuseStranger(HttpExchange exchange) {
        Duration wait = brake.refused(exchange.getRemoteAddress().getAddress().getHostAddress());
        Runnable refuse = () -> {
            try (exchange) {
                exchange.getResponseHeaders().set("Cache-Control", "no-store");
                exchange.sendResponseHeaders(404, -1);
            } catch (IOException | RuntimeException gone) {
                // the stranger hung up first
            }
        };
        if (wait.isZero()) {
            refuse.run();
        } else {
            later.schedule(refuse, wait.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void hold(HttpExchange exchange, Map<String, String> query, PageWords words) throws IOException {
        long orderId = Long.parseLong(query.getOrDefault("order", ""));
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        long size = length == null ? -1 : Long.parseLong(length.strip());
        // not closed here: closing reads what is left of a refused photo, and the refusal is to be sent first
        ReceivingFromPhone.HeldPhoto photo = phone.hold(orderId, query.getOrDefault("name", ""),
                exchange.getRequestBody(), size);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", photo.id());
        out.put("name", photo.name());
        out.put("size", photo.size());
        out.put("sha256", photo.sha256());
        out.put("takenAt", photo.takenAt() == null ? "" : words.words().time(photo.takenAt()));
        send(exchange, 200, out);
    }

    private void save(HttpExchange exchange, long orderId, PageWords words) throws IOException {
        Order order = phone.waitingOrder(orderId).order();
        Map<String, Object> typed;
        try (InputStream body = exchange.getRequestBody()) {
            byte[] bytes = body.readNBytes((int) LARGEST_FORM + 1);
            if (bytes.length > LARGEST_FORM) {
                send(exchange, 413, Map.of("error", words.get("server.badRequest")));
                return;
            }
            typed = json.readValue(bytes, new TypeReference<Map<String, Object>>() { });
        }
        PhoneForm form = new PhoneForm(typed, words);
        ReceivingRecord draft = form.record(order, clock);
        if (draft == null) {
            send(exchange, 422, Map.of("error", words.get("server.fix"), "fields", form.problems()));
            return;
        }
        List<String> photos = form.photos();
        ReceivingRecord record = phone.save(draft, photos, form.showing());
        saved.accept(new SavedFromPhone(record, photos.size()));
        send(exchange, 200, Map.of("saved", words.get("server.saved", order.label(),
                words.words().count(record.unitsReceived()), words.words().count(record.unitsExpected()),
                words.words().unit(record.unitsExpected(), order.unit()), photos.size())));
    }

    private static Map<String, Object> order(OrderSummary s, PageWords words) {
        Order o = s.order();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", o.id());
        out.put("label", o.label());
        out.put("number", o.orderNumber() == null ? "" : o.orderNumber());
        out.put("factory", s.factory() == null ? "" : s.factory().name());
        out.put("product", o.product());
        out.put("orderedOn", words.words().date(o.orderedOn()));
        out.put("quantity", o.quantity());
        out.put("unit", words.words().unit(o.quantity(), o.unit()));
        return out;
    }

    private Map<String, Object> orderForm(OrderSummary s, PageWords words) {
        Map<String, Object> out = order(s, words);
        List<Map<String, String>> packaging = new ArrayList<>();
        for (PackagingCondition c : PackagingCondition.values()) {
            packaging.add(Map.of("code", c.name(), "name", words.get("server.packaging." + c.name())));
        }
        List<Map<String, String>> kinds = new ArrayList<>();
        for (DefectKind k : DefectKind.values()) {
            kinds.add(Map.of("code", k.name(), "name", words.words().defect(k)));
        }
        out.put("packaging", packaging);
        out.put("defectKinds", kinds);
        out.put("now", LOCAL_INPUT.format(LocalDateTime.now(clock)));
        return out;
    }

    /** The AQL plan for the lot (the units received once typed, else those ordered) and, once counted, its verdict. */
    private Map<String, Object> plan(Order order, Map<String, String> query, PageWords words) {
        Long received = PhoneForm.readCount(query.get("units"));
        long lot = received != null && received > 0 ? received : order.quantity();
        Map<String, Object> out = new LinkedHashMap<>();
        if (lot <= 0) {
            out.put("lines", List.of());
            out.put("verdict", "NONE");
            out.put("verdictText", "");
            return out;
        }
        SamplePlan p = guidance.samplePlan(lot);
        var w = words.words();
        List<String> lines = new ArrayList<>();
        lines.add(words.get(received != null && received > 0 ? "server.plan.lot.received" : "server.plan.lot.expected",
                w.count(lot), w.unit(lot, order.unit())));
        lines.add(p.inspectEveryUnit() ? words.get("server.plan.checkAll", w.count(lot))
                : words.get("server.plan.check", w.count(p.unitsToInspect())));
        lines.add(words.get("server.plan.major", p.major().aql().label(), p.major().accept(), p.major().reject()));
        lines.add(words.get("server.plan.minor", p.minor().aql().label(), p.minor().accept(), p.minor().reject()));
        out.put("lines", lines);
        Long checked = PhoneForm.readCount(query.get("sampled"));
        Long bad = PhoneForm.readCount(query.get("defective"));
        if (checked == null || checked <= 0 || bad == null || bad > checked) {
            out.put("verdict", "NONE");
            out.put("verdictText", "");
        } else {
            boolean fails = bad >= p.major().reject();
            out.put("verdict", fails ? "FAIL" : "PASS");
            out.put("verdictText", words.get(fails ? "server.plan.fail" : "server.plan.pass", bad, checked,
                    p.major().aql().label(), p.major().accept()));
        }
        return out;
    }

    private void sendFile(HttpExchange exchange, String name) throws IOException {
        byte[] bytes;
        try (InputStream in = PhoneRequests.class.getResourceAsStream("/app/dossier/phone/page/" + name)) {
            if (in == null) {
                throw new IOException("the page's " + name + " is missing from the program");
            }
            bytes = in.readAllBytes();
        }
        secure(exchange, TYPES.get(name));
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private void send(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = json.writeValueAsBytes(body);
        secure(exchange, "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** Nothing cached, nothing sniffed, nothing from elsewhere, no address passed on. */
    private static void secure(HttpExchange exchange, String type) {
        var h = exchange.getResponseHeaders();
        h.set("Content-Type", type);
        h.set("Cache-Control", "no-store");
        h.set("X-Content-Type-Options", "nosniff");
        h.set("Referrer-Policy", "no-referrer");
        h.set("X-Frame-Options", "DENY");
        h.set("Content-Security-Policy", "default-src 'self'; img-src 'self' blob: data:; style-src 'self' "
                + "'unsafe-inline'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'");
    }

    private static int statusOf(String refusal) {
        return switch (refusal) {
            case "PHONE_PHOTO_TOO_LARGE" -> 413;
            case "PHONE_ONLY_PHOTOS" -> 415;
            case "PHONE_PHOTO_CUT_OFF" -> 400;
            case "PHONE_ORDER_NOT_WAITING" -> 404;
            case "PHONE_PHOTO_GONE" -> 409;
            default -> refusal.startsWith("NOT_A_") ? 415 : 422;
        };
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            out.putIfAbsent(key, value);
        }
        return out;
    }
}
