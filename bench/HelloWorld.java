/**
 * Baseline for bench/startup.sh: the smallest Java program that shows a prompt and waits for input,
 * so its time to prompt is the JVM's own start-up cost in the same terminal, with the same flags.
 */
public class HelloWorld {
    public static void main(String[] args) throws Exception {
        System.out.print("hello> ");
        System.out.flush();
        System.in.read(); // wait like a shell would; the benchmark kills the tmux session
    }
}
