#include "rules/xpath_lint.h"

#include <cctype>

namespace cabut::rules {
namespace {

const std::set<std::string, std::less<>> kCoreFunctions{"last",
                                                        "position",
                                                        "count",
                                                        "id",
                                                        "local-name",
                                                        "namespace-uri",
                                                        "name",
                                                        "string",
                                                        "concat",
                                                        "starts-with",
                                                        "contains",
                                                        "substring-before",
                                                        "substring-after",
                                                        "substring",
                                                        "string-length",
                                                        "normalize-space",
                                                        "translate",
                                                        "boolean",
                                                        "not",
                                                        "true",
                                                        "false",
                                                        "lang",
                                                        "number",
                                                        "sum",
                                                        "floor",
                                                        "ceiling",
                                                        "round"};
const std::set<std::string, std::less<>> kNodeTypes{"comment", "text", "processing-instruction",
                                                    "node"};

bool nameStart(unsigned char ch) {
  return std::isalpha(ch) || ch == '_' || ch >= 0x80;
}
bool nameChar(unsigned char ch) {
  return nameStart(ch) || std::isdigit(ch) || ch == '-' || ch == '.';
}

class Lexer {
 public:
  explicit Lexer(std::string_view text) : text_(text) {}

  // Per XPath 1.0 section 3.7: after these tokens a name is a name (not an operator).
  enum class Previous { none, operatorLike, operand };

  std::optional<Failure> run(const std::set<std::string>& projectFunctions,
                             const std::set<std::string>& variables) {
    int depth = 0;
    while (skipSpace(), pos_ < text_.size()) {
      const char ch = text_[pos_];
      if (ch == '\'' || ch == '"') {
        const auto end = text_.find(ch, pos_ + 1);
        pos_ = end == std::string_view::npos ? text_.size() : end + 1;
        previous_ = Previous::operand;
      } else if (std::isdigit(static_cast<unsigned char>(ch)) ||
                 (ch == '.' && pos_ + 1 < text_.size() &&
                  std::isdigit(static_cast<unsigned char>(text_[pos_ + 1])))) {
        while (pos_ < text_.size() &&
               (std::isdigit(static_cast<unsigned char>(text_[pos_])) || text_[pos_] == '.'))
          ++pos_;
        previous_ = Previous::operand;
      } else if (ch == '(' || ch == '[') {
        if (++depth > kMaxExpressionNesting)
          return Failure{"too-complex", "expression nested deeper than " +
                                            std::to_string(kMaxExpressionNesting) + " levels"};
        ++pos_;
        previous_ = Previous::operatorLike;
      } else if (ch == ')' || ch == ']') {
        --depth;
        ++pos_;
        previous_ = Previous::operand;
      } else if (ch == '$') {
        ++pos_;
        const std::string name = readQName();
        if (!variables.count(name)) return Failure{"unknown-variable", "unknown variable $" + name};
        previous_ = Previous::operand;
      } else if (ch == '*') {
        ++pos_;
        previous_ = previous_ == Previous::operand ? Previous::operatorLike : Previous::operand;
      } else if (ch == '.') {
        pos_ += text_.substr(pos_, 2) == ".." ? 2 : 1;
        previous_ = Previous::operand;
      } else if (nameStart(static_cast<unsigned char>(ch))) {
        if (auto failure = name(projectFunctions)) return failure;
      } else {
        // Operators and punctuation: / // | + - = != < <= > >= , @ ::
        ++pos_;
        previous_ = Previous::operatorLike;
      }
    }
    return std::nullopt;
  }

 private:
  void skipSpace() {
    while (pos_ < text_.size() && std::isspace(static_cast<unsigned char>(text_[pos_]))) ++pos_;
  }

  std::string readNcName() {
    const size_t start = pos_;
    while (pos_ < text_.size() && nameChar(static_cast<unsigned char>(text_[pos_]))) ++pos_;
    return std::string(text_.substr(start, pos_ - start));
  }

  // NCName, prefix:NCName or prefix:* (but not an axis "name::").
  std::string readQName() {
    std::string name = readNcName();
    if (pos_ + 1 < text_.size() && text_[pos_] == ':' && text_[pos_ + 1] != ':') {
      ++pos_;
      if (text_[pos_] == '*') {
        ++pos_;
        return name + ":*";
      }
      name += ":" + readNcName();
    }
    return name;
  }

  std::optional<Failure> name(const std::set<std::string>& projectFunctions) {
    const std::string qname = readQName();
    if (previous_ == Previous::operand) {  // and, or, div, mod
      previous_ = Previous::operatorLike;
      return std::nullopt;
    }
    skipSpace();
    const bool call = pos_ < text_.size() && text_[pos_] == '(';
    previous_ = Previous::operand;
    if (!call || kNodeTypes.count(qname)) return std::nullopt;
    const auto colon = qname.find(':');
    if (colon == std::string::npos) {
      if (kCoreFunctions.count(qname)) return std::nullopt;
      return Failure{"unknown-function", "unknown function " + qname +
                                             "() (the project's functions take the prefix c:)"};
    }
    if (qname.substr(0, colon) != "c")
      return Failure{"unknown-function",
                     "unknown function " + qname + "() (only the prefix c: is bound)"};
    if (!projectFunctions.count(qname.substr(colon + 1)))
      return Failure{"unknown-function", "unknown function " + qname + "()"};
    previous_ = Previous::operatorLike;  // the '(' follows
    return std::nullopt;
  }

  std::string_view text_;
  size_t pos_ = 0;
  Previous previous_ = Previous::none;
};

}  // namespace

std::optional<Failure> lintXPath(std::string_view expression,
                                 const std::set<std::string>& projectFunctions,
                                 const std::set<std::string>& variables) {
  if (expression.size() > kMaxExpressionLength)
    return Failure{"too-complex", "expression longer than " + std::to_string(kMaxExpressionLength) +
                                      " characters"};
  return Lexer(expression).run(projectFunctions, variables);
}

}  // namespace cabut::rules
