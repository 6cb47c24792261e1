package app.dossier.domain;

/** Where the order was placed: through the 1688 platform, or directly with the factory (WeChat, bank transfer). */
public enum Channel {
    PLATFORM,
    OFF_PLATFORM
}
