package io.github.devinapi.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes the Java source of {@code io.github.devinapi.client.TagAccessors}: one accessor per tag of
 * the spec ({@code organizations()} returns the generated {@code OrganizationsApi}), so that a spec
 * with new tags gets new accessors on {@code DevinClient} with no hand edit.
 */
public final class TagAccessors {

    private static final Set<String> JAVA_KEYWORDS = Set.of(
            "abstract",
            "assert",
            "boolean",
            "break",
            "byte",
            "case",
            "catch",
            "char",
            "class",
            "const",
            "continue",
            "default",
            "do",
            "double",
            "else",
            "enum",
            "extends",
            "final",
            "finally",
            "float",
            "for",
            "goto",
            "if",
            "implements",
            "import",
            "instanceof",
            "int",
            "interface",
            "long",
            "native",
            "new",
            "package",
            "private",
            "protected",
            "public",
            "return",
            "short",
            "static",
            "strictfp",
            "super",
            "switch",
            "synchronized",
            "this",
            "throw",
            "throws",
            "transient",
            "try",
            "void",
            "volatile",
            "while",
            "true",
            "false",
            "null",
            "record",
            "var",
            "yield");

    private TagAccessors() {}

    /** The generated interface name for a tag, as OpenAPI Generator's Java generator derives it. */
    public static String apiClassName(String tag) {
        return PathName.pascal(tag) + "Api";
    }

    /** The accessor method name for a tag: {@code organizations}, {@code apiKeys}, {@code defaultApi}. */
    public static String accessorName(String tag) {
        String pascal = PathName.pascal(tag);
        String name = Character.toLowerCase(pascal.charAt(0)) + pascal.substring(1);
        return JAVA_KEYWORDS.contains(name) ? name + "Api" : name;
    }

    /** @param apiPackage where the generator puts the API interfaces ({@code client.apiPackage} in the pom) */
    public static String javaSource(List<SpecOperation> operations, String apiPackage) {
        Set<String> tags = new TreeSet<>();
        operations.forEach(operation -> tags.add(operation.tag()));
        List<String> lines = new ArrayList<>();
        lines.add("package io.github.devinapi.client;");
        lines.add("");
        lines.add("/** Generated from the spec's tags at build time: one accessor per generated API interface. */");
        lines.add("public interface TagAccessors {");
        lines.add("");
        lines.add(
                "    /** A generated Retrofit interface, wired with auth, base URL, timeouts, retries and logging. */");
        lines.add("    <T> T api(Class<T> retrofitInterface);");
        for (String tag : tags) {
            String type = apiPackage + "." + apiClassName(tag);
            lines.add("");
            lines.add("    /** Operations tagged '" + tag.replace("*/", "* /") + "'. */");
            lines.add("    default " + type + " " + accessorName(tag) + "() {");
            lines.add("        return api(" + type + ".class);");
            lines.add("    }");
        }
        lines.add("}");
        return String.join("\n", lines) + "\n";
    }
}
