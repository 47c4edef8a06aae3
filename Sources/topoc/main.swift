print("topoc")
