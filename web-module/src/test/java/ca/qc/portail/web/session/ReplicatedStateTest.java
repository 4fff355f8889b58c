package ca.qc.portail.web.session;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.flow.FlowScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What a session holds reaches the other cluster members only if all of it serializes: Payara
 * writes each session attribute whole, and Mojarra keeps every open view's {@code @ViewScoped}
 * beans in one attribute ({@code com.sun.faces.application.view.activeViewMaps}). One field of one
 * bean that does not serialize, in any page opened in the session, and that attribute is dropped
 * from the replica: every view-scoped bean of the session is then new and empty on the other member
 * (issue 14, check f). This test reads every session-, view-, flow- and conversation-scoped bean of
 * the web module and the types its fields hold, down through the product's own classes, and names
 * each that is not {@link Serializable}.
 */
class ReplicatedStateTest {

  private static final List<Class<? extends Annotation>> SCOPES =
      List.of(ViewScoped.class, SessionScoped.class, FlowScoped.class, ConversationScoped.class);

  @Test
  @DisplayName("issue 14: every bean kept in the session, and all it holds, is Serializable")
  void everythingKeptInTheSessionSerializes() throws Exception {
    List<Class<?>> beans = scopedBeans();
    assertThat(beans)
        .as("the web module's scoped beans")
        .extracting(Class::getSimpleName)
        .contains("ProjectExchange", "ProjectChoice", "CurrentUser");

    List<String> problems = new ArrayList<>();
    Set<Type> seen = new HashSet<>();
    for (Class<?> bean : beans) {
      checkClass(bean, bean.getSimpleName(), problems, seen);
    }
    assertThat(problems).as("what does not serialize").isEmpty();
  }

  private static void checkClass(
      Class<?> type, String path, List<String> problems, Set<Type> seen) {
    if (!seen.add(type) || type.isPrimitive() || type.isEnum()) {
      return;
    }
    if (type.isArray()) {
      checkClass(type.getComponentType(), path + "[]", problems, seen);
      return;
    }
    if (type.isInterface()) {
      // Collections and maps are checked by their type arguments; other interfaces say nothing of
      // what implements them.
      if (!Collection.class.isAssignableFrom(type)
          && !Map.class.isAssignableFrom(type)
          && !Serializable.class.isAssignableFrom(type)) {
        problems.add(path + ": " + type.getName() + " (an interface that is not Serializable)");
      }
      return;
    }
    if (!Serializable.class.isAssignableFrom(type)) {
      problems.add(path + ": " + type.getName() + " is not Serializable");
      return;
    }
    if (!type.getName().startsWith("ca.qc.portail.")) {
      return;
    }
    // The product's own classes, field by field; a library's superclass (PrimeFaces' lazy model)
    // answers for its own fields by declaring Serializable, and what the product puts in it is in
    // the superclass's type arguments.
    for (Class<?> c = type;
        c != null && c.getName().startsWith("ca.qc.portail.");
        c = c.getSuperclass()) {
      if (c.getGenericSuperclass() instanceof ParameterizedType superType) {
        for (Type argument : superType.getActualTypeArguments()) {
          checkType(argument, path + "<>", problems, seen);
        }
      }
      for (Field field : c.getDeclaredFields()) {
        int modifiers = field.getModifiers();
        if (Modifier.isStatic(modifiers)
            || Modifier.isTransient(modifiers)
            || field.isSynthetic()
            // Injected references are the container's serializable proxies (Weld checks the
            // passivating scopes' injection points at deployment).
            || field.isAnnotationPresent(Inject.class)) {
          continue;
        }
        checkType(field.getGenericType(), path + "." + field.getName(), problems, seen);
      }
    }
  }

  private static void checkType(Type type, String path, List<String> problems, Set<Type> seen) {
    if (type instanceof Class<?> c) {
      checkClass(c, path, problems, seen);
    } else if (type instanceof ParameterizedType p) {
      checkClass((Class<?>) p.getRawType(), path, problems, seen);
      for (Type argument : p.getActualTypeArguments()) {
        checkType(argument, path + "<>", problems, seen);
      }
    } else if (type instanceof GenericArrayType a) {
      checkType(a.getGenericComponentType(), path + "[]", problems, seen);
    } else if (type instanceof WildcardType w) {
      for (Type bound : w.getUpperBounds()) {
        checkType(bound, path, problems, seen);
      }
    } else if (type instanceof TypeVariable<?> v) {
      for (Type bound : v.getBounds()) {
        if (bound != Object.class) {
          checkType(bound, path, problems, seen);
        }
      }
    }
  }

  /** The web module's classes (target/classes) that carry a session-kept scope. */
  private static List<Class<?>> scopedBeans() throws IOException, URISyntaxException {
    Path root =
        Path.of(CurrentUser.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Class<?>> beans = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name = root.relativize(file).toString();
        String className = name.substring(0, name.length() - ".class".length()).replace('/', '.');
        Class<?> c;
        try {
          c = Class.forName(className, false, ReplicatedStateTest.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
          continue;
        }
        if (SCOPES.stream().anyMatch(c::isAnnotationPresent)) {
          beans.add(c);
        }
      }
    }
    return beans;
  }
}
