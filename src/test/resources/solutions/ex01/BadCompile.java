// Bad: does not compile (a missing semicolon), so it never sends a request.
public class BadCompile {
    public static void main(String[] args) {
        System.out.println("Enter URL: ")
    }
}
