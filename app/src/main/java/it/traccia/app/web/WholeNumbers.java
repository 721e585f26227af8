package it.traccia.app.web;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

import java.beans.PropertyEditorSupport;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Whole numbers in paths and queries (numeri interi), such as a finding number or a revision, in decimal digits only:
 * Spring's own reading takes {@code 0x1}, {@code #1} and {@code +1} for 1 and {@code 1 2} for 12. Anything else is 400
 * InvalidParameter; an empty value stays absent.
 */
@ControllerAdvice
public class WholeNumbers {

    private static final Pattern DIGITS = Pattern.compile("-?[0-9]{1,19}");

    @InitBinder
    void decimalDigitsOnly(WebDataBinder binder) {
        binder.registerCustomEditor(Long.class, new Digits(Long::valueOf));
        binder.registerCustomEditor(long.class, new Digits(Long::valueOf));
        binder.registerCustomEditor(Integer.class, new Digits(Integer::valueOf));
        binder.registerCustomEditor(int.class, new Digits(Integer::valueOf));
    }

    /** Reads one whole number, or refuses the text (a {@link NumberFormatException} when out of range). */
    private static final class Digits extends PropertyEditorSupport {

        private final Function<String, Number> parse;

        Digits(Function<String, Number> parse) {
            this.parse = parse;
        }

        @Override
        public void setAsText(String text) {
            if (text == null || text.isEmpty()) {
                setValue(null);
            } else if (DIGITS.matcher(text).matches()) {
                setValue(parse.apply(text));
            } else {
                throw new IllegalArgumentException("Not a whole number in decimal digits");
            }
        }
    }
}
