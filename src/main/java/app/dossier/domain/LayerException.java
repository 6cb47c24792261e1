package app.dossier.domain;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class allowed to break a layer rule of docs/architecture.md. The reason is required
 * and is read in review; the architecture test skips classes that carry it.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface LayerException {
    String reason();
}
