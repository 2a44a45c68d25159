# A stand-in for Canvas's rubric CSV importer (canvas-lms
# lib/rubric_csv_importer.rb), written anew from how that importer behaves,
# not copied from it:
#
# - Ruby's CSV reads the file with headers: the first row is the header and
#   each later row is one criterion. Columns are found by header text, in any
#   order: "Rubric Name", "Criteria Name", "Criteria Description" and
#   "Criteria Enable Range" exactly as written; every column whose lower-cased
#   header contains "rating name", "rating description" or "rating points" is
#   a rating column, the n-th of each kind making the n-th rating. Other
#   columns are ignored.
# - Rows are grouped into rubrics by their Rubric Name, in order of first
#   appearance.
# - A rating without a name is left out. Its points are the cell with "," made
#   ".", read with String#to_f and rounded to 2 decimals. A named rating with
#   no points cell makes Canvas's import fail; so does this script.
# - Enable Range, when given, is true only for "true" or "1" in any case.
#
# Two leniencies: a byte order mark is dropped (Canvas would read it as part
# of the first header, and find no rubric names), and blank rows are skipped.
# It prints what would be stored, as JSON, so that tests can compare two files
# the way Canvas would see them.
#
# Usage: ruby canvas_import.rb FILE.csv... (prints {"FILE.csv": [rubric, ...], ...})
require "csv"
require "json"

def rating_columns(headers, kind)
  headers.each_index.select { |i| headers[i].to_s.downcase.include?(kind) }
end

def canvas_rubrics(path)
  data = File.binread(path).force_encoding("UTF-8").delete_prefix("\uFEFF")
  table = CSV.parse(data, headers: true)
  headers = table.headers
  names = rating_columns(headers, "rating name")
  descriptions = rating_columns(headers, "rating description")
  points = rating_columns(headers, "rating points")
  rubrics = {}
  table.each.with_index(1) do |row, n_row|
    fields = row.fields
    next if fields.all? { |f| f.to_s.strip.empty? }

    ratings = []
    names.each_with_index do |col, n|
      rname = fields[col]
      next if rname.to_s.strip.empty?

      rpoints = points[n] && fields[points[n]]
      abort "#{path}: criterion row #{n_row}: rating #{rname} has no points" if rpoints.nil?
      ratings << { "description" => rname,
                   "long_description" => (descriptions[n] && fields[descriptions[n]]).to_s,
                   "points" => rpoints.tr(",", ".").to_f.round(2) }
    end
    use_range = row["Criteria Enable Range"]
    criteria = (rubrics[row["Rubric Name"].to_s] ||= [])
    criteria << {
      "description" => row["Criteria Name"].to_s,
      "long_description" => row["Criteria Description"].to_s,
      "criterion_use_range" => !use_range.nil? && !use_range.empty? && %w[true 1].include?(use_range.downcase),
      "points" => ratings.map { |r| r["points"] }.max || 0,
      "ratings" => ratings
    }
  end
  rubrics.map do |name, criteria|
    { "title" => name, "points_possible" => criteria.sum { |c| c["points"] }, "criteria" => criteria }
  end
end

puts JSON.pretty_generate(ARGV.to_h { |path| [path, canvas_rubrics(path)] })
